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
    if (process.env.LOG) page.on('console', (m) => console.log(`console (${performance.now().toFixed(0)}): ${m.text()}`));
    const cdp = await page.target().createCDPSession();
    await cdp.send('Emulation.setCPUThrottlingRate', {rate: 4});
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', {interval: 200});
    // Long tasks, as Total Blocking Time counts them: the time of each beyond 50 ms.
    await page.evaluateOnNewDocument(() => {
      window.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__longTasks.push({at: performance.timeOrigin + e.startTime, d: e.duration});
      }).observe({type: 'longtask', buffered: true});
    });
    await cdp.send('Profiler.start');
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForFunction(() => document.documentElement.dataset.parallax === 'ready', {timeout: 60000});
    const ready = await page.evaluate(() => performance.now());
    await new Promise((r) => setTimeout(r, 1000));
    const {profile} = await cdp.send('Profiler.stop');
    const long = await page.evaluate(() => window.__longTasks);
    const tasks = long.map((t) => t.d);
    // The page's wall clock and the profile's (CLOCK_MONOTONIC µs, as process.hrtime in Linux)
    // meet through this process's own clocks, to a millisecond or so.
    const offsetUs = Date.now() * 1000 - Number(process.hrtime.bigint() / 1000n);
    const blocking = tasks.reduce((sum, d) => sum + Math.max(0, d - 50), 0);
    console.log(`ready at ${ready.toFixed(0)} ms; ${tasks.length} long tasks, blocking ${blocking.toFixed(0)} ms ` +
      `(longest ${Math.max(0, ...tasks).toFixed(0)} ms): ${tasks.map((d) => d.toFixed(0)).join(', ')}`);

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

    // The busy stretches of the main thread (runs of samples that are not idle), the long ones
    // with what they spent their time in: the matching functions' inclusive time within each.
    const idle = (id) => byID.get(id).callFrame.functionName === '(idle)';
    const stretches = [];
    let cur = null;
    let at = profile.startTime;
    profile.samples.forEach((id, i) => {
      at += profile.timeDeltas[i];
      if (idle(id)) {
        cur = null;
        return;
      }
      if (!cur) stretches.push(cur = {start: at, end: at, samples: []});
      cur.end = at;
      cur.samples.push(id);
    });
    const byTask = process.env.TASKS;
    if (byTask) {
      stretches.length = 0;
      for (const t of long) {
        const start = t.at * 1000 - offsetUs;
        const st = {start, end: start + t.d * 1000, samples: []};
        let at2 = profile.startTime;
        profile.samples.forEach((id, i) => {
          at2 += profile.timeDeltas[i];
          if (at2 >= st.start && at2 <= st.end && !idle(id)) st.samples.push(id);
        });
        stretches.push(st);
      }
    }
    console.log(`${byTask ? 'long tasks' : 'busy stretches over 50 ms'} (start ms after the profile began, duration):`);
    for (const st of stretches) {
      const dur = (st.end - st.start) / 1000;
      if (dur < 50) continue;
      const counts = new Map();
      for (const id of st.samples) {
        const seen = new Set();
        for (let x = id; x !== undefined; x = parent.get(x)) {
          const name = byID.get(x).callFrame.functionName;
          if (!seen.has(name)) {
            seen.add(name);
            counts.set(name, (counts.get(name) || 0) + 1);
          }
        }
      }
      const per = dur / Math.max(1, st.samples.length);
      const top = [...counts].filter(([name]) => pattern.test(name) && !(process.env.SKIP && new RegExp(process.env.SKIP).test(name))).sort((a, b) => b[1] - a[1]).slice(0, 8)
        .map(([name, n]) => `${name} ${(n * per).toFixed(0)}`).join(', ');
      console.log(`${((st.start - profile.startTime) / 1000).toFixed(0).padStart(6)} ${dur.toFixed(0).padStart(5)} ms: ${top}`);
      if (process.env.SELF) {
        const selfCounts = new Map();
        for (const id of st.samples) {
          const name = byID.get(id).callFrame.functionName || byID.get(id).callFrame.url;
          selfCounts.set(name, (selfCounts.get(name) || 0) + 1);
        }
        console.log('         self: ' + [...selfCounts].sort((a, b) => b[1] - a[1]).slice(0, 8)
          .map(([name, n]) => `${name} ${(n * per).toFixed(0)}`).join(', '));
      }
    }
  } finally {
    await browser.close();
  }
})();
