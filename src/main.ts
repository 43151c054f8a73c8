// The entry script does the least it can before the app's code arrives: it starts downloading
// and decoding the dataset in a worker, then loads the app. On a large file the two overlap,
// and on a small one the data is usually ready by the time React has rendered its shell.
import { chooseDatasetUrl } from './data/dataset-url';
import { preloadDataset } from './data/load-dataset';
import { parseSearch } from './url/parse-search';
import './styles.css';

const { state } = parseSearch(Object.fromEntries(new URLSearchParams(window.location.search)));
const datasetUrl = chooseDatasetUrl(state.data, import.meta.env.BASE_URL, window.location.origin);
if (datasetUrl) preloadDataset(datasetUrl);

const app = import('./app/mount-app');
app
  .then(({ mountApp }) => {
    // A page's first Intl formatter loads the browser's locale data (15-35 ms here). Make one
    // before the first render rather than during it; not earlier, while the app's code
    // downloads, when the main thread is needed to start the dataset worker.
    new Intl.NumberFormat().format(0);
    mountApp(document.getElementById('root')!, datasetUrl);
  })
  .catch(() => {
    // Without the app's code there is no React to render an error with.
    const root = document.getElementById('root')!;
    root.textContent =
      'Timeline Explorer could not load. Check your connection and reload the page.';
    root.setAttribute('role', 'alert');
    root.className = 'p-6';
  });
