// A slow Bot Connector on 127.0.0.1: records each activity the bot posts (one JSON line per activity in the file
// given as argv[3], "start" then "done" lines), answering 201 only after argv[4] milliseconds, so that a turn is
// still in flight when the test stops CareerBot. Prints its port once listening.
import { createServer } from 'node:http';
import { appendFileSync } from 'node:fs';

const [, , portArgument, logFile, delayArgument] = process.argv;
const delay = Number(delayArgument ?? 3000);
const server = createServer((request, response) => {
  let body = '';
  request.on('data', chunk => { body += chunk; });
  request.on('end', () => {
    let activity = {};
    try { activity = JSON.parse(body); } catch { /* recorded as empty */ }
    appendFileSync(logFile, JSON.stringify({ at: Date.now(), phase: 'start', path: request.url, type: activity.type, text: activity.text }) + '\n');
    setTimeout(() => {
      response.writeHead(201, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ id: String(Date.now()) }));
      appendFileSync(logFile, JSON.stringify({ at: Date.now(), phase: 'done', type: activity.type }) + '\n');
    }, activity.type === 'message' ? delay : 0);
  });
});
server.listen(Number(portArgument), '127.0.0.1', () => console.log(`connector on ${server.address().port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
