// CareerBot's Web Chat page: renders Web Chat (window.WebChat, the official bundle) with the page's settings and words
// (the JSON in #careerbot-config, written by the server from appsettings.json and dialogs/*/messages.md), and keeps
// the conversation going:
// - resume: /api/webchat/token finds the visitor's conversation by an HttpOnly cookie; the page then reconnects to it
//   (Direct Line's GET /conversations/{id}), which replays its history, so a reload shows the same conversation;
// - tokens: renewed at half their lifetime and when the page is shown again, so the visitor never sees a failed
//   message; when one expired all the same (a computer back from sleep), Web Chat gives up on its connection, and the
//   page draws it again, reconnected to the same conversation; Direct Line itself reconnects a dropped WebSocket;
// - "New conversation" asks for a token of a new conversation and renders a fresh Web Chat.
// Cards: a number field says what it expects when left empty or out of range; only the latest card can be used.
// Ratings: under each answer the bot marked for it (channelData.feedbackLoop, as for Teams), a like / dislike control
// with an optional comment; it posts over Direct Line the activity Teams sends (an invoke "message/submitAction",
// replyToId = the answer's id), then thanks the visitor and is disabled.
(function () {
  'use strict';

  const Status = { Online: 2, ExpiredToken: 3, FailedToConnect: 4, Ended: 5 };
  const AdaptiveCard = 'application/vnd.microsoft.card.adaptive';
  const config = JSON.parse(document.getElementById('careerbot-config').textContent);
  // The Content-Security-Policy's nonce for the styles Web Chat writes (the browser hides the attribute, not the property).
  const nonce = document.getElementById('careerbot-colors').nonce || undefined;
  const words = config.words;
  const host = document.getElementById('webchat');
  const alertBox = document.getElementById('alert');
  const announcer = document.getElementById('announcer');
  const newConversation = document.getElementById('new-conversation');
  const polling = new URLSearchParams(window.location.search).get('transport') === 'polling';
  const reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const narrow = window.matchMedia('(max-width: 40rem)').matches; // a phone: no avatar, the bubbles take the width

  let current = null; // the Web Chat on the page: { session, directLine, renewal, renewing, closed, started }

  function showAlert(message) {
    alertBox.textContent = message;
    alertBox.hidden = false;
  }

  function hideAlert() {
    alertBox.hidden = true;
    alertBox.textContent = '';
  }

  function removeLoading() {
    const loading = document.getElementById('loading');
    if (loading) { loading.remove(); }
  }

  function announce(message) {
    announcer.textContent = '';
    window.setTimeout(function () { announcer.textContent = message; }, 100);
  }

  async function requestSession(restart) {
    const response = await fetch('api/webchat/token', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ locale: config.locale, restart: restart })
    });
    if (!response.ok) { throw new Error('No token: HTTP ' + response.status); }
    return response.json();
  }

  // French typography: no line break before ":", ";", "!", "?", "»", after "«", nor between a number and "€" or "%".
  function frenchSpaces(text) {
    return text
      .replace(/[ \u00a0]([;!?])/g, '\u202f$1')
      .replace(/ ([:»])/g, '\u00a0$1')
      .replace(/« /g, '«\u00a0')
      .replace(/(\d) ([€%])/g, '$1\u00a0$2');
  }

  const typography = config.language === 'fr' ? frenchSpaces : function (text) { return text; };

  // A copy of a card where each number field says what it expects, and French text keeps its spaces.
  const preparedCards = new WeakMap();
  function prepareCard(content) {
    if (!preparedCards.has(content)) {
      preparedCards.set(content, JSON.parse(JSON.stringify(content), function (key, value) {
        if (value && value.type === 'Input.Number' && !value.errorMessage && typeof value.min === 'number' && typeof value.max === 'number') {
          return Object.assign({}, value, {
            isRequired: true,
            errorMessage: words.cardNumberError.replace('{min}', String(value.min)).replace('{max}', String(value.max))
          });
        }
        if (value && value.type === 'TextBlock' && typeof value.text === 'string') {
          return Object.assign({}, value, { text: typography(value.text) });
        }
        return value;
      }));
    }
    return preparedCards.get(content);
  }

  function attachmentMiddleware() {
    return function (next) {
      return function (args) {
        const attachment = args && args.attachment;
        if (attachment && attachment.contentType === AdaptiveCard && attachment.content && typeof attachment.content === 'object') {
          return next(Object.assign({}, args, { attachment: Object.assign({}, attachment, { content: prepareCard(attachment.content) }) }));
        }
        return next(args);
      };
    };
  }

  // No "Just now" under every message: the status line shows only while a message is sending or when it failed.
  function activityStatusMiddleware() {
    return function (next) {
      return function (args) {
        return args && args.sendState === 'sent' ? false : next(args);
      };
    };
  }

  // Ratings given on this page, by answer id: a control drawn again (Web Chat re-renders) shows where it stands.
  const ratings = new Map();
  let ratingControls = 0;

  function rateable(activity) {
    return !!(activity && activity.type === 'message' && activity.id && activity.from && activity.from.role === 'bot'
      && activity.channelData && typeof activity.channelData.feedbackLoop === 'object' && activity.channelData.feedbackLoop);
  }

  function sendRating(activity, rating) {
    return new Promise(function (resolve, reject) {
      if (!current || current.closed) { reject(new Error('No conversation')); return; }
      current.directLine.postActivity({
        type: 'invoke',
        name: 'message/submitAction',
        replyToId: activity.id,
        from: { id: current.session.userId, role: 'user' },
        locale: config.locale,
        value: {
          actionName: 'feedback',
          actionValue: { reaction: rating.reaction, feedback: JSON.stringify({ feedbackText: rating.comment }) }
        }
      }).subscribe(resolve, reject);
    });
  }

  // The control under one answer, built with the DOM inside the empty element Web Chat's render gave it.
  function buildRating(root, activity) {
    if (root.dataset.built) { return; }
    root.dataset.built = 'true';
    const feedbackWords = words.feedback;
    const rating = ratings.get(activity.id) || { reaction: null, comment: '', state: 'open' };
    ratings.set(activity.id, rating);
    const number = ++ratingControls;

    const group = document.createElement('div');
    group.className = 'rating__buttons';
    group.setAttribute('role', 'group');
    group.setAttribute('aria-label', feedbackWords.group);
    const form = document.createElement('form');
    form.className = 'rating__form';
    form.hidden = true;
    const label = document.createElement('label');
    label.className = 'rating__label';
    label.htmlFor = 'rating-comment-' + number;
    label.textContent = feedbackWords.comment;
    const comment = document.createElement('textarea');
    comment.className = 'rating__comment';
    comment.id = 'rating-comment-' + number;
    comment.maxLength = 1000;
    comment.rows = 2;
    const send = document.createElement('button');
    send.type = 'submit';
    send.className = 'rating__send';
    send.textContent = feedbackWords.send;
    const status = document.createElement('p');
    status.className = 'rating__status';
    status.setAttribute('role', 'status');
    form.append(label, comment, send);

    function thumb(reaction, name, path) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'rating__thumb';
      button.dataset.reaction = reaction;
      button.setAttribute('aria-label', name);
      button.title = name;
      button.setAttribute('aria-pressed', 'false');
      button.innerHTML = '<svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false"><path fill="currentColor" d="' + path + '"/></svg>';
      button.addEventListener('click', function () {
        if (rating.state !== 'open') { return; }
        rating.reaction = reaction;
        show();
        comment.focus();
      });
      return button;
    }

    const up = 'M2 21h4V9H2v12zm20-11a2 2 0 0 0-2-2h-6.3l1-4.6v-.3c0-.4-.2-.8-.4-1.1L13.2 1 6.6 7.6C6.2 8 6 8.5 6 9v10a2 2 0 0 0 2 2h9c.8 0 1.5-.5 1.8-1.2l3-7.1c.1-.2.2-.5.2-.7v-2z';
    const down = 'M22 3h-4v12h4V3zM2 14a2 2 0 0 0 2 2h6.3l-1 4.6v.3c0 .4.2.8.4 1.1l1.1 1 6.6-6.6c.4-.4.6-.9.6-1.4V5a2 2 0 0 0-2-2H7c-.8 0-1.5.5-1.8 1.2l-3 7.1c-.1.2-.2.5-.2.7v2z';
    const like = thumb('like', feedbackWords.like, up);
    const dislike = thumb('dislike', feedbackWords.dislike, down);
    group.append(like, dislike);

    function show() {
      [like, dislike].forEach(function (button) {
        button.setAttribute('aria-pressed', String(button.dataset.reaction === rating.reaction));
        button.disabled = rating.state !== 'open';
      });
      form.hidden = rating.state !== 'open' || !rating.reaction;
      send.disabled = rating.state !== 'open';
      comment.disabled = rating.state !== 'open';
      status.textContent = rating.state === 'sent' ? feedbackWords.thanks : rating.state === 'failed' ? feedbackWords.failed : '';
    }

    form.addEventListener('submit', async function (event) {
      event.preventDefault();
      if (rating.state !== 'open' || !rating.reaction) { return; }
      rating.comment = comment.value.trim().slice(0, 1000);
      rating.state = 'sending';
      show();
      try {
        await sendRating(activity, rating);
        rating.state = 'sent';
      } catch (error) {
        console.warn(error);
        rating.state = 'open';
        show();
        status.textContent = feedbackWords.failed;
        return;
      }
      show();
      status.tabIndex = -1;
      status.focus();
    });

    comment.value = rating.comment;
    root.append(group, form, status);
    show();
  }

  // Web Chat draws activities with React, which the page does not load: the control is an empty element of the same
  // kind as the one Web Chat's render returns (its $$typeof), filled with the DOM once mounted (its ref).
  function activityMiddleware() {
    return function (next) {
      return function (setup) {
        const render = next(setup);
        const activity = setup && setup.activity;
        if (!render || !rateable(activity)) { return render; }
        return function () {
          const inner = render.apply(null, arguments);
          if (!inner || !inner.$$typeof) { return inner; }
          function element(type, key, props, ref) {
            return { $$typeof: inner.$$typeof, type: type, key: key, ref: ref || null, props: props, _owner: null };
          }
          const control = element('div', 'rating', { className: 'rating' }, function (node) {
            if (node) { buildRating(node, activity); }
          });
          return element('div', null, { className: 'rating__answer', children: [Object.assign({}, inner, { key: 'answer' }), control] });
        };
      };
    };
  }

  function renderMarkdown(markdown, options, init) {
    return window.WebChat.renderMarkdown(typography(markdown), options, init);
  }

  // Every card but the latest is read-only: its fields and buttons are marked disabled (aria-disabled, as Web Chat
  // itself does: still read by screen readers) and take no click, Enter, space or typing; Tab and Escape still move on.
  function blockDisabled(event) {
    const target = event.target.closest && event.target.closest('[aria-disabled="true"]');
    if (target && (event.type !== 'keydown' || (event.key !== 'Tab' && event.key !== 'Escape'))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }

  function retireOldCards(root) {
    const cards = Array.prototype.slice.call(root.querySelectorAll('.ac-adaptiveCard'));
    cards.slice(0, -1).forEach(function (card) {
      if (card.dataset.retired) { return; }
      card.dataset.retired = 'true';
      card.addEventListener('click', blockDisabled, true);
      card.addEventListener('keydown', blockDisabled, true);
      card.querySelectorAll('input, textarea, select, button, [role="button"]').forEach(function (control) {
        control.setAttribute('aria-disabled', 'true');
        control.setAttribute('tabindex', '-1');
        if ('readOnly' in control) { control.readOnly = true; }
      });
    });
  }

  function styleOptions() {
    const colors = config.colors;
    const options = {
      accent: colors.accent,
      primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
      subtle: '#5b6673',
      backgroundColor: '#FFFFFF',
      paddingRegular: 10,
      avatarSize: 36,
      botAvatarImage: narrow ? undefined : config.avatar,
      botAvatarInitials: narrow ? undefined : '',
      showAvatarInGroup: 'sender',
      bubbleBackground: colors.botBubble,
      bubbleTextColor: colors.botBubbleText,
      bubbleBorderWidth: 0,
      bubbleBorderRadius: 14,
      bubbleFromUserBackground: colors.userBubble,
      bubbleFromUserTextColor: colors.userBubbleText,
      bubbleFromUserBorderWidth: 0,
      bubbleFromUserBorderRadius: 14,
      bubbleMaxWidth: 560,
      markdownRenderHTML: false,
      hideUploadButton: true,
      sendBoxButtonColor: colors.accent,
      sendBoxBorderTop: 'solid 1px #D3DAE3',
      sendBoxHeight: 52,
      sendBoxTextWrap: true,
      suggestedActionLayout: 'flow',
      suggestedActionsStackedLayoutButtonTextWrap: true,
      suggestedActionBorderRadius: 999,
      suggestedActionBorderWidth: 1,
      suggestedActionHeight: 40,
      suggestedActionBackgroundColor: '#FFFFFF',
      suggestedActionTextColor: colors.accent,
      suggestedActionBorderColor: colors.accent,
      scrollToEndButtonBehavior: 'unread'
    };
    if (reducedMotion) {
      options.transitionDuration = '0s';
      // Three still dots instead of the moving ones.
      options.typingAnimationBackgroundImage = 'url("data:image/svg+xml,' + encodeURIComponent(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 20"><g fill="#5b6673"><circle cx="8" cy="10" r="3"/><circle cx="20" cy="10" r="3"/><circle cx="32" cy="10" r="3"/></g></svg>') + '")';
    }
    return options;
  }

  function scheduleRenewal(state) {
    window.clearTimeout(state.renewal);
    state.expiresAt = Date.now() + state.session.expires_in * 1000;
    if (state.session.renewable) {
      state.renewal = window.setTimeout(function () { renew(state); }, Math.max(1000, state.session.expires_in * 500));
    }
  }

  // A fresh token for the same conversation, given to Direct Line without disturbing it (no reconnection, nothing
  // redrawn). Tried again every 5 seconds while the token endpoint cannot be reached.
  async function renew(state) {
    if (state !== current || state.closed || state.renewing) { return; }
    state.renewing = true;
    try {
      const session = await requestSession(false);
      if (state !== current || state.closed) { return; }
      if (session.conversationId !== state.session.conversationId) {
        close(state);
        showAlert(words.ended);
        return;
      }
      state.session = session;
      state.directLine.reconnect({ conversationId: session.conversationId, token: session.token });
      scheduleRenewal(state);
    } catch (error) {
      console.warn(error);
      state.renewal = window.setTimeout(function () { renew(state); }, 5000);
    } finally {
      state.renewing = false;
    }
  }

  function close(state) {
    state.closed = true;
    window.clearTimeout(state.renewal);
  }

  // Web Chat gives up on a Direct Line whose token expired (a computer back from sleep) or whose connection failed:
  // get a token for the same conversation and draw Web Chat again, reconnected to it (its history comes back). While
  // the token endpoint cannot be reached, say so and try again, less and less often.
  let recoveries = 0;
  async function recover(conversationId) {
    try {
      const session = await requestSession(false);
      if (session.conversationId !== conversationId) {
        showAlert(words.ended);
        return;
      }
      recoveries = 0;
      render(session);
    } catch (error) {
      console.warn(error);
      showAlert(words.unreachable);
      recoveries++;
      window.setTimeout(function () { recover(conversationId); }, Math.min(30000, 5000 * recoveries));
    }
  }

  function render(session) {
    if (current) {
      close(current);
      current.directLine.end();
    }
    hideAlert();
    const element = document.createElement('div');
    host.replaceChildren(element);
    const directLine = window.WebChat.createDirectLine({
      token: session.token,
      domain: session.domain,
      webSocket: !polling,
      conversationId: session.resume ? session.conversationId : undefined
    });
    const state = { session: session, directLine: directLine, renewal: 0, renewing: false, closed: false, started: Date.now() };
    current = state;
    directLine.connectionStatus$.subscribe(function (status) {
      if (state !== current || state.closed) { return; }
      if (status === Status.Online) {
        hideAlert();
      } else if (status === Status.ExpiredToken || status === Status.FailedToConnect || status === Status.Ended) {
        close(state);
        if (status === Status.FailedToConnect) { showAlert(words.unreachable); }
        // A Web Chat that fails again at once is not drawn again at once.
        const wait = Date.now() - state.started < 10000 ? 5000 : 0;
        window.setTimeout(function () { recover(state.session.conversationId); }, wait);
      }
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: session.userId,
      locale: config.locale,
      nonce: nonce,
      styleOptions: styleOptions(),
      overrideLocalizedStrings: {
        TEXT_INPUT_PLACEHOLDER: words.inputPlaceholder,
        TEXT_INPUT_ALT: words.inputLabel,
        ACTIVITY_BOT_SAID_ALT: words.botSaid
      },
      attachmentMiddleware: attachmentMiddleware,
      activityMiddleware: activityMiddleware,
      activityStatusMiddleware: activityStatusMiddleware,
      renderMarkdown: window.WebChat.renderMarkdown ? renderMarkdown : undefined
    }, element);
    new MutationObserver(function () { retireOldCards(element); }).observe(element, { childList: true, subtree: true });
    scheduleRenewal(state);
    return element;
  }

  function focusSendBox(element) {
    const deadline = Date.now() + 5000;
    (function attempt() {
      const input = element.querySelector('[data-id="webchat-sendbox-input"], .webchat__send-box-text-box__input');
      if (input) { input.focus(); } else if (Date.now() < deadline) { window.setTimeout(attempt, 50); }
    })();
  }

  async function start(restart) {
    try {
      const element = render(await requestSession(restart));
      newConversation.hidden = false;
      return element;
    } catch (error) {
      console.error(error);
      removeLoading();
      showAlert(words.unreachable);
      return null;
    }
  }

  newConversation.addEventListener('click', async function () {
    newConversation.disabled = true;
    try {
      const element = await start(true);
      if (element) {
        announce(words.newConversationStarted);
        focusSendBox(element);
      }
    } finally {
      newConversation.disabled = false;
    }
  });

  // Back on the page (a tab in the background, a computer waking up): renew a token that is about to expire.
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible' && current && !current.closed && current.session.renewable
      && Date.now() > current.expiresAt - current.session.expires_in * 250) {
      renew(current);
    }
  });

  if (!window.WebChat) {
    console.error('The Web Chat bundle did not load.');
    removeLoading();
    showAlert(words.unreachable);
    return;
  }
  start(false);
})();
