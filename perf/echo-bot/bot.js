// The echo bot of Microsoft's samples (BotBuilder-Samples, javascript_nodejs/02.echo-bot): it answers each message
// with "Echo: <text>" and greets members who join. Nothing more, so that it measures the SDK and its HTTP stack alone.
const { ActivityHandler, MessageFactory } = require('botbuilder');

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const replyText = `Echo: ${context.activity.text}`;
      await context.sendActivity(MessageFactory.text(replyText, replyText));
      await next();
    });

    this.onMembersAdded(async (context, next) => {
      const welcomeText = 'Hello and welcome!';
      for (const member of context.activity.membersAdded) {
        if (member.id !== context.activity.recipient.id) {
          await context.sendActivity(MessageFactory.text(welcomeText, welcomeText));
        }
      }
      await next();
    });
  }
}

module.exports.EchoBot = EchoBot;
