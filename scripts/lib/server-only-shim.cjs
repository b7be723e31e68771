// Scripts (npm run worker, db:seed, user commands) and test runners are server code run
// outside Next: let `import "server-only"` pass there, as Next's react-server build does.
const resolved = require.resolve("server-only");
require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} };
