// The baseline of perf/load.sh: the Bot Framework SDK for JavaScript echo bot, set up as Microsoft's sample does
// (restify, CloudAdapter, ConfigurationBotFrameworkAuthentication). With no MicrosoftAppId in the environment the
// authentication is anonymous, so requests need no Authorization header. A request with deliveryMode "expectReplies"
// is answered in the HTTP response (200, {"activities": [...]}), as CareerBot does, so that no connector is called.
//
// Usage: node index.js [PORT]   (else $PORT, else 3978); listens on 127.0.0.1 only.
const restify = require('restify');
const { CloudAdapter, ConfigurationBotFrameworkAuthentication } = require('botbuilder');
const { EchoBot } = require('./bot');

const port = Number(process.argv[2] || process.env.PORT || 3978);

// process.env holds no MicrosoftAppId/MicrosoftAppPassword here: anonymous, as a bot run locally with the Emulator.
const botFrameworkAuthentication = new ConfigurationBotFrameworkAuthentication(process.env);
const adapter = new CloudAdapter(botFrameworkAuthentication);

// As the sample: log the error and tell the user. A benchmark that sees this text counts it as a wrong answer.
adapter.onTurnError = async (context, error) => {
  console.error(`[onTurnError] unhandled error: ${error}`);
  await context.sendActivity('The bot encountered an error or bug.');
};

const bot = new EchoBot();

const server = restify.createServer();
server.use(restify.plugins.bodyParser());

server.post('/api/messages', async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`echo bot listening on http://127.0.0.1:${port}/api/messages`);
});

// Stop promptly when the benchmark ends it.
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.on(signal, () => server.close(() => process.exit(0)));
}
