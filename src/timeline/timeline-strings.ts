// Every text the timeline shows, per language: the Russian screen has no English in it.

export interface TimelineStrings {
  timeline: string;
  roleDescription: string;
  instructions: string;
  zoomIn: string;
  zoomOut: string;
  fitAll: string;
  showMoreLanes: string;
  /** After Show more lanes: how many lanes are folded. */
  hiddenLanes: (count: number) => string;
  showAllLanes: string;
  showFewerLanes: string;
  legend: string;
  overview: string;
  allEvents: string;
  noOrganization: string;
  noPerson: string;
  moreOrganizations: (count: number) => string;
  morePeople: (count: number) => string;
  moreLanes: (count: number) => string;
  clusterTitle: (count: string) => string;
  clusterHint: string;
  clusterOpenHint: string;
  andMore: (count: string) => string;
  /** Under a cluster's list of events when it holds more than the list shows. */
  andMoreToNarrow: (count: string) => string;
  close: string;
  empty: string;
  present: string;
  /** The footer's credit line in an exported image. */
  exportCredit: string;
  /** An exported image's description: how many events (and search matches), the dates shown. */
  exportSummary: (count: string, range: string, matches: string | null) => string;
}

export const TIMELINE_STRINGS: Record<'en' | 'ru', TimelineStrings> = {
  en: {
    timeline: 'Timeline',
    roleDescription: 'zoomable chart',
    instructions:
      'Left and Right arrows move between events in time, Up and Down move to the neighbouring lane, ' +
      'Home and End go to the first and last event, Enter opens the event, Escape closes it. ' +
      'Plus and minus zoom in and out; 0 zooms to fit every event that matches the filters.',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitAll: 'Fit all',
    showMoreLanes: 'Show more lanes',
    hiddenLanes: (count) => `${count} hidden`,
    showAllLanes: 'Show all lanes',
    showFewerLanes: 'Show fewer lanes',
    legend: 'Legend',
    overview: 'Overview of the whole time range',
    allEvents: 'All events',
    noOrganization: 'No organization',
    noPerson: 'No people',
    moreOrganizations: (count) => `${count} more organizations`,
    morePeople: (count) => `${count} more people`,
    moreLanes: (count) => `${count} more`,
    clusterTitle: (count) => `${count} events`,
    clusterHint: 'Click to zoom in',
    clusterOpenHint: 'Click to choose one',
    andMore: (count) => `and ${count} more`,
    andMoreToNarrow: (count) => `and ${count} more: filter or search to narrow them down`,
    close: 'Close',
    empty: 'No events to show',
    present: 'present',
    exportCredit: 'Timeline Explorer',
    exportSummary: (count, range, matches) =>
      `Timeline of ${count} ${count === '1' ? 'event' : 'events'}` +
      (matches === null ? '' : `, ${matches} of them matching the search`) +
      `, showing ${range}`,
  },
  ru: {
    timeline: 'Лента времени',
    roleDescription: 'масштабируемая диаграмма',
    instructions:
      'Стрелки влево и вправо — переход между событиями по времени, вверх и вниз — на соседнюю дорожку, ' +
      'Home и End — к первому и последнему событию. Enter открывает событие, Escape закрывает его. ' +
      'Плюс и минус меняют масштаб, 0 показывает все события, подходящие под фильтры.',
    zoomIn: 'Приблизить',
    zoomOut: 'Отдалить',
    fitAll: 'Показать всё',
    showMoreLanes: 'Показать больше дорожек',
    hiddenLanes: (count) => `скрыто: ${count}`,
    showAllLanes: 'Показать все дорожки',
    showFewerLanes: 'Показать меньше дорожек',
    legend: 'Условные обозначения',
    overview: 'Обзор всего периода',
    allEvents: 'Все события',
    noOrganization: 'Без организации',
    noPerson: 'Без участников',
    moreOrganizations: (count) => `Ещё организаций: ${count}`,
    morePeople: (count) => `Ещё людей: ${count}`,
    moreLanes: (count) => `Ещё: ${count}`,
    clusterTitle: (count) => `Событий: ${count}`,
    clusterHint: 'Нажмите, чтобы приблизить',
    clusterOpenHint: 'Нажмите, чтобы выбрать',
    andMore: (count) => `и ещё ${count}`,
    andMoreToNarrow: (count) => `и ещё ${count}: сузьте выбор фильтрами или поиском`,
    close: 'Закрыть',
    empty: 'Нет событий для показа',
    present: 'настоящее время',
    exportCredit: 'Timeline Explorer',
    exportSummary: (count, range, matches) =>
      matches === null
        ? `Лента времени, событий: ${count}; показан период ${range}`
        : `Лента времени, событий: ${count}, из них найдено поиском: ${matches}; показан период ${range}`,
  },
};

export function getTimelineStrings(lang: string): TimelineStrings {
  return lang === 'ru' ? TIMELINE_STRINGS.ru : TIMELINE_STRINGS.en;
}
