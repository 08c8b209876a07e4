// profile.js records a CPU profile of one page load of a running Parallax server in Debian's
// Chromium at 4× CPU throttling (Lighthouse's phone preset) and prints the functions' inclusive
// time, so that start-up work can be found by name. It uses the puppeteer-core that comes with
// Lighthouse (`npm ci --prefix bench/lighthouse`). For Go's names, serve a wasm built without
// -ldflags=-s (the name section), e.g.:
//
//	GOOS=js GOARCH=wasm go build -trimpath -o web/app.wasm . && go run ./internal/precompress web/app.wasm
//	go run . -addr 127.0.0.1:8931 &
//	node bench/lighthouse/profile.js http://127.0.0.1:8931/ [pattern]
//
// pattern is a regular expression over function names (default: inits, main, go-app's mount and
// update, the pages' Render and OnNav). Times are milliseconds of throttled CPU. The first line
// gives when the app was ready and its long tasks: the sum of each one's time beyond 50 ms is
// what Lighthouse's Total Blocking Time adds up (Lighthouse simulates the throttling instead).
const puppeteer = require('./node_modules/puppeteer-core');

(async () => {
  const url = process.argv[2];
  const pattern = new RegExp(process.argv[3] ||
    'wasm_export_run|doInit1|\\.init$|main\\.main$|LoadData$|Navigate$|UpdateComponentRoot$|Render$|OnNav$|align\\.Compare$');
  const browser = await puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    args: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const cdp = await page.target().createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 200});
    // Long tasks, as Total Blocking Time counts them: the time of each beyond 50 ms.
    await page.evaluateOnNewDocument(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push(e.duration);
      }).observe({type: 'longtask', buffered: true});
    });
    await cdp.send('Profiler.start');
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForFunction(() => document.documentElement.dataset.parallax === 'ready', {timeout: 60000});
    const ready = await page.evaluate(() => performance.now());
    await new Promise((r) => setTimeout(r, 1000));
    const {profile} = await cdp.send('Profiler.stop');
    const tasks = await page.evaluate(() => window.__longTasks);
    const blocking = tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
    console.log(`ready at ${ready.toFixed(0)} ms; ${tasks.length} long tasks, blocking ${blocking.toFixed(0)} ms ` +
      `(longest ${Math.max(0, ...tasks).toFixed(0)} ms)`);

    const byID = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const self = new Map();
    profile.samples.forEach((id, i) => self.set(id, (self.get(id) || 0) + profile.timeDeltas[i]));
    // Inclusive time: each sample counts once for every distinct function on its stack.
    const incl = new Map();
    for (const [id, t] of self) {
      const seen = new Set();
      for (let x = id; x !== undefined; x = parent.get(x)) {
        const name = byID.get(x).callFrame.functionName;
        if (!seen.has(name)) {
          seen.add(name);
          incl.set(name, (incl.get(name) || 0) + t);
        }
      }
    }
    [...incl].filter(([name]) => pattern.test(name)).sort((a, b) => b[1] - a[1]).slice(0, 40)
      .forEach(([name, t]) => console.log((t / 1000).toFixed(1).padStart(8), name));
  } finally {
    await browser.close();
  }
})();
