import { formatNumber } from './format-date';
import type { Messages } from './messages-en';

const plural = new Intl.PluralRules('ru');

function secondsWord(count: number): string {
  const form = plural.select(count);
  return form === 'one' ? 'секунду' : form === 'few' ? 'секунды' : 'секунд';
}

function records(count: number): string {
  const form = plural.select(count);
  if (form === 'one') return `${count} запись содержит ошибку`;
  if (form === 'few') return `${count} записи содержат ошибки`;
  return `${count} записей содержат ошибки`;
}

export const ru: Messages = {
  appName: 'Timeline Explorer',
  loading: 'Загружаем события…',
  loadingBytes: (read, total) => `Загружено ${read} из ${total}`,
  validating: 'Проверяем данные…',
  indexing: 'Строим ленту времени…',
  retry: 'Повторить',
  useDefaultDataset: 'Открыть набор данных по умолчанию',
  foreignData: (host: string) => `Эти события загружены с ${host}, а не с этого сайта.`,
  errorTitle: 'Не удалось загрузить события',
  errorWhere: 'Адрес',
  errorNetwork:
    'Сервер недоступен. Проверьте адрес и подключение к интернету. Если файл лежит на другом сайте, возможно, этот сайт не разрешает загружать его отсюда (CORS).',
  errorHttp: (status, statusText) =>
    `Сервер вернул ошибку ${status}${statusText ? ` (${statusText})` : ''}.`,
  errorNotJson: 'Файл не является корректным JSON.',
  errorNotDataset: 'Файл в формате JSON, но это не набор данных Timeline Explorer.',
  errorVersion: 'Набор данных использует версию формата, которую приложение не поддерживает.',
  errorTooLarge: (limit) => `Файл больше ${limit} — это предел для загрузки.`,
  errorTimeout: (seconds) => `Сервер не ответил за ${seconds} ${secondsWord(seconds)}.`,
  errorBadUrl: 'Загружать можно только адреса https или пути на этом сайте.',
  problems: 'Первые найденные ошибки (на английском)',
  // «из 1 события», «из 21 события», but «из 2 событий», «из 5 событий».
  // Not the English contract: numbers grouped as elsewhere on the Russian screen («10 000»).
  status: (shown, total) =>
    `Показано ${formatNumber(shown, 'ru')} из ${formatNumber(total, 'ru')} ${plural.select(total) === 'one' ? 'события' : 'событий'}`,
  skippedSummary: records,
  skippedHint: 'Остальные данные загружены. Подробности (на английском):',
  warningSkipped: 'пропущена',
  warningStripped: 'загружена частично',
  listLabel: 'События',
  listHeading: 'События',
  // «Все события (5)»: the count in brackets spares the agreement of «все … пропущены».
  emptyDataset: (skipped) =>
    skipped === 0
      ? 'В этом наборе данных пока нет событий.'
      : skipped === 1
        ? 'Единственное событие набора пропущено из-за ошибки. Причина — в списке ошибок выше.'
        : `Все события набора (${skipped}) пропущены из-за ошибок. Причины — в списке ошибок выше.`,
  noMatches: 'Нет событий, подходящих под фильтры.',
  printedRowsLimit: (count) =>
    `…и ещё событий: ${count}. Чтобы увидеть все, экспортируйте список в CSV.`,
  clearFilters: 'Сбросить все фильтры',
  noFacetMatches: 'Ничего не найдено',
  unknownPath: (path) => `Страницы «${path}» нет. Вот вся лента времени.`,
  notFound: (id) => `Событие «${id}» не найдено. Возможно, его переименовали или удалили.`,
  dismiss: 'Закрыть',
  searchLabel: 'Поиск событий',
  searchPlaceholder: 'События, люди, компании…',
  searchPlaceholderShort: 'Поиск…',
  searchShortcut: 'Быстрый переход: клавиша / в любом месте страницы',
  searching: 'Ищем…',
  share: 'Поделиться',
  shareCopied: 'Ссылка скопирована',
  shareFailed: 'Не удалось скопировать: выделите адресную строку и скопируйте ссылку',
  filters: 'Фильтры',
  closeFilters: 'Закрыть фильтры',
  kindsHeading: 'Типы событий',
  peopleHeading: 'Люди',
  orgsHeading: 'Организации',
  dateHeading: 'Даты',
  dateFrom: 'С',
  dateTo: 'По',
  dateHint: 'ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
  datePlaceholder: 'ГГГГ-ММ-ДД',
  dateInvalid: 'Формат: ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД',
  dateOutOfOrder: 'Конец диапазона раньше начала',
  filterPeople: 'Найти человека',
  filterOrgs: 'Найти организацию',
  showMore: (count) => `Показать ещё ${count}`,
  showLess: 'Свернуть',
  activeFilters: 'Активные фильтры',
  removeFilter: (label) => `Убрать фильтр: ${label}`,
  clearAll: 'Сбросить всё',
  searchChip: (query) => `Поиск: ${query}`,
  fromChip: (date) => `Не раньше: ${date}`,
  toChip: (date) => `Не позже: ${date}`,
  ignoredParams: (params) => `Часть параметров ссылки не распознана и пропущена: ${params}`,
  groupLabel: 'Дорожки',
  groupNames: {
    kind: 'По типам',
    org: 'По организациям',
    person: 'По людям',
    none: 'Одна дорожка',
  },
  close: 'Закрыть',
  closePanel: 'Закрыть описание события',
  eventDetails: 'Описание события',
  previous: 'Предыдущее',
  next: 'Следующее',
  previousEvent: 'Предыдущее событие',
  nextEvent: 'Следующее событие',
  sources: 'Источники',
  relatedEvents: 'Связанные события',
  peopleLabel: 'Люди',
  orgsLabel: 'Организации',
  opensInNewTab: '(откроется в новой вкладке)',
  filterBy: (name) => `Показать только события с участием: ${name}`,
  notShownByFilters: 'Это событие скрыто текущими фильтрами.',
  skipLink: 'Перейти к списку событий',
  skipToTimeline: 'Перейти к ленте времени',
  shortcuts: 'Сочетания клавиш',
  shortcutGroups: [
    {
      title: 'В любом месте',
      shortcuts: [
        { keys: ['/'], action: 'Перейти к поиску' },
        { keys: ['?'], action: 'Показать эти сочетания' },
      ],
    },
    {
      title: 'На ленте времени (перейдите к ней клавишей Tab)',
      shortcuts: [
        { keys: ['←', '→'], action: 'Предыдущее или следующее событие по времени' },
        { keys: ['↑', '↓'], action: 'Ближайшее событие на дорожке выше или ниже' },
        { keys: ['Home', 'End'], action: 'Первое или последнее событие' },
        { keys: ['Enter'], action: 'Открыть событие' },
        { keys: ['+', '−'], action: 'Приблизить или отдалить' },
        { keys: ['0'], action: 'Показать все события, подходящие под фильтры' },
      ],
    },
    {
      title: 'Панели, окна и меню',
      shortcuts: [{ keys: ['Esc'], action: 'Закрыть открытое событие, окно или меню' }],
    },
  ],
  language: 'Язык',
  languageNames: { en: 'English', ru: 'Русский' },
};
