// Preloaded into the production server by `npm run bench:profile` (NODE_OPTIONS=--import), never by `npm start`.
// SIGUSR2 starts V8's sampling profiler inside the server; the next SIGUSR2 stops it and writes the profile to
// CHARTWISE_PROFILE_DIR/<n>.cpuprofile, so a profile covers exactly one load step, after warm-up and without start-up.
import fs from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const directory = process.env.CHARTWISE_PROFILE_DIR;
if (directory) {
  const session = new inspector.Session();
  session.connect();
  let profiling = false;
  let written = 0;
  const post = (method, params = {}) =>
    new Promise((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));

  process.on("SIGUSR2", async () => {
    try {
      if (!profiling) {
        profiling = true;
        await post("Profiler.enable");
        await post("Profiler.setSamplingInterval", { interval: 200 });
        await post("Profiler.start");
        return;
      }
      profiling = false;
      const { profile } = await post("Profiler.stop");
      const file = path.join(directory, `${++written}.cpuprofile`);
      fs.writeFileSync(`${file}.partial`, JSON.stringify(profile));
      fs.renameSync(`${file}.partial`, file);
    } catch (error) {
      console.error("cpu-profile-hook:", error);
    }
  });
}
