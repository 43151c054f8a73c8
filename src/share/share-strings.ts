// UI strings for opening data, exports and embedding, in English and Russian.
import { formatNumber } from '../i18n/format-date';
import { useI18n } from '../i18n/i18n-context';
import type { UiLanguage } from '../i18n/languages';
import type { OpenErrorCode } from './prepare-dataset';

export interface ShareStrings {
  openData: string;
  openDataTitle: string;
  openDataIntro: string;
  urlLabel: string;
  urlHint: string;
  openUrl: string;
  fileLabel: string;
  chooseFile: string;
  fileHint: string;
  dropHint: string;
  dropActive: string;
  reading: (name: string) => string;
  cannotOpen: (name: string) => string;
  errors: Record<OpenErrorCode, string>;
  tooLarge: (limit: string) => string;
  close: string;
  exportLabel: string;
  /** On the Export button while a large file is being made. */
  exportPreparing: string;
  exportFailed: string;
  exportHeading: (count: number) => string;
  exportCsv: string;
  exportJson: string;
  exportSvg: string;
  exportPng: string;
  embed: string;
  embedTitle: string;
  embedIntro: string;
  embedLocalData: string;
  embedCodeLabel: string;
  copyCode: string;
  codeCopied: string;
  copyFailed: string;
  iframeTitle: (title: string) => string;
  openInApp: string;
}

const en: ShareStrings = {
  openData: 'Open data',
  openDataTitle: 'Open your own data',
  openDataIntro:
    'Open a Timeline Explorer dataset (JSON), a spreadsheet saved as CSV, or a TimelineJS file.',
  urlLabel: 'Address of a file',
  urlHint: 'An https address, or a path on this site, such as data/events.json',
  openUrl: 'Open address',
  fileLabel: 'A file on this device',
  chooseFile: 'Choose a file…',
  fileHint: 'CSV needs the columns date and title; see the README for the rest.',
  dropHint: 'or drop a .json, .csv or .tsv file here',
  dropActive: 'Drop the file to open it',
  reading: (name) => `Reading ${name}…`,
  cannotOpen: (name) => `${name} could not be opened`,
  errors: {
    empty: 'The file is empty.',
    'utf-16': 'The file is saved as UTF-16 text. Save it as UTF-8 and open it again.',
    'not-utf-8':
      'The file is not UTF-8 text (perhaps Windows-1251 or another older encoding). Save it as UTF-8 and open it again.',
    binary: 'The file is not a text file: it may be an image, an archive or a document.',
    'html-page':
      'This is a web page (HTML), not a dataset: check the address of the file. Many sites answer a mistyped address with a page of their own.',
    'not-json': 'The file is not valid JSON.',
    'not-dataset':
      'The file is JSON, but neither a Timeline Explorer dataset nor a TimelineJS file.',
    'unsupported-version': 'The dataset uses a format version this app does not support.',
    'csv-syntax': 'The CSV file is malformed (often a quote that is never closed).',
    'csv-missing-columns': 'The CSV file lacks required columns.',
    'csv-no-rows': 'The CSV file has a header but no events.',
    'timelinejs-no-events': 'The TimelineJS file has no events.',
    'too-large': 'The file is too large.',
    'read-failed': 'The file could not be read.',
    'wrong-type': 'Choose a .json, .csv or .tsv file.',
    'bad-url': 'Only https addresses or paths on this site can be opened.',
  },
  tooLarge: (limit) => `The file is larger than ${limit}, the most this app opens.`,
  close: 'Close',
  exportLabel: 'Export',
  exportPreparing: 'Preparing…',
  exportFailed: 'The file could not be made. Check your connection and try again.',
  exportHeading: (count) =>
    count === 1 ? 'Export the event shown' : `Export the ${formatNumber(count, 'en')} events shown`,
  exportCsv: 'Events as CSV',
  exportJson: 'Events as JSON (dataset)',
  exportSvg: 'Timeline as SVG',
  exportPng: 'Timeline as PNG',
  embed: 'Embed',
  embedTitle: 'Embed this view',
  embedIntro:
    'Paste this code into a web page to show the timeline as you see it now, with filters and zoom.',
  embedLocalData:
    'This data was opened from a file on your device, which an embed cannot reach: the code below shows the data at the page address instead. Publish the file at an https address and open it by address to embed it.',
  embedCodeLabel: 'HTML code',
  copyCode: 'Copy code',
  codeCopied: 'Code copied',
  copyFailed: 'Copy failed: select the code and copy it',
  iframeTitle: (title) => `${title} — Timeline Explorer`,
  openInApp: 'Open in Timeline Explorer',
};

const plural = new Intl.PluralRules('ru');

const ru: ShareStrings = {
  openData: 'Открыть данные',
  openDataTitle: 'Открыть свои данные',
  openDataIntro:
    'Откройте набор данных Timeline Explorer (JSON), таблицу в формате CSV или файл TimelineJS.',
  urlLabel: 'Адрес файла',
  urlHint: 'Адрес https или путь на этом сайте, например data/events.json',
  openUrl: 'Открыть адрес',
  fileLabel: 'Файл на этом устройстве',
  chooseFile: 'Выбрать файл…',
  fileHint: 'В CSV нужны столбцы date и title; остальные описаны в README.',
  dropHint: 'или перетащите сюда файл .json, .csv или .tsv',
  dropActive: 'Отпустите файл, чтобы открыть его',
  reading: (name) => `Читаем ${name}…`,
  cannotOpen: (name) => `Не удалось открыть ${name}`,
  errors: {
    empty: 'Файл пуст.',
    'utf-16': 'Файл сохранён в кодировке UTF-16. Сохраните его в UTF-8 и откройте снова.',
    'not-utf-8':
      'Файл не в кодировке UTF-8 (возможно, в Windows-1251 или другой старой кодировке). Сохраните его в UTF-8 и откройте снова.',
    binary: 'Это не текстовый файл: возможно, изображение, архив или документ.',
    'html-page':
      'Это веб-страница (HTML), а не набор данных: проверьте адрес файла. Многие сайты на опечатку в адресе отвечают своей страницей.',
    'not-json': 'Файл не является корректным JSON.',
    'not-dataset':
      'Файл в формате JSON, но это не набор данных Timeline Explorer и не файл TimelineJS.',
    'unsupported-version':
      'Набор данных использует версию формата, которую приложение не поддерживает.',
    'csv-syntax': 'Файл CSV повреждён (часто это незакрытая кавычка).',
    'csv-missing-columns': 'В файле CSV нет обязательных столбцов.',
    'csv-no-rows': 'В файле CSV есть заголовок, но нет событий.',
    'timelinejs-no-events': 'В файле TimelineJS нет событий.',
    'too-large': 'Файл слишком большой.',
    'read-failed': 'Не удалось прочитать файл.',
    'wrong-type': 'Выберите файл .json, .csv или .tsv.',
    'bad-url': 'Открывать можно только адреса https или пути на этом сайте.',
  },
  tooLarge: (limit) => `Файл больше ${limit} — это предел для загрузки.`,
  close: 'Закрыть',
  exportLabel: 'Экспорт',
  exportPreparing: 'Готовим…',
  exportFailed: 'Не удалось подготовить файл. Проверьте подключение и попробуйте снова.',
  exportHeading: (count) => {
    const form = plural.select(count);
    const noun =
      form === 'one'
        ? 'показанное событие'
        : form === 'few'
          ? 'показанных события'
          : 'показанных событий';
    return `Экспорт: ${formatNumber(count, 'ru')} ${noun}`;
  },
  exportCsv: 'События в CSV',
  exportJson: 'События в JSON (набор данных)',
  exportSvg: 'Лента времени в SVG',
  exportPng: 'Лента времени в PNG',
  embed: 'Встроить',
  embedTitle: 'Встроить этот вид',
  embedIntro:
    'Вставьте этот код на веб-страницу, чтобы показать ленту времени такой, как сейчас: с фильтрами и масштабом.',
  embedLocalData:
    'Эти данные открыты из файла на вашем устройстве, а встроенная страница его не увидит: код ниже покажет данные по адресу страницы. Опубликуйте файл по адресу https и откройте его по адресу, чтобы встроить.',
  embedCodeLabel: 'HTML-код',
  copyCode: 'Скопировать код',
  codeCopied: 'Код скопирован',
  copyFailed: 'Не удалось скопировать: выделите код и скопируйте его',
  iframeTitle: (title) => `${title} — Timeline Explorer`,
  openInApp: 'Открыть в Timeline Explorer',
};

export const SHARE_STRINGS: Record<UiLanguage, ShareStrings> = { en, ru };

export function useShareStrings(): ShareStrings {
  return SHARE_STRINGS[useI18n().lang];
}
