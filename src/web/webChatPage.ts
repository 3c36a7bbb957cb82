// The local web chat page: plain HTML with landmarks and a heading, Microsoft's Web Chat inside a
// labelled region, and a small script that gets a token and connects to the local Direct Line.

export const webChatHtml = `<!doctype html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Chat with Action Plan Coach</title>
  <link rel="icon" href="data:,">
  <link rel="stylesheet" href="/webchat/chat.css">
</head>
<body>
  <a class="skip-link" href="#chat">Skip to the chat</a>
  <header class="page-header">
    <h1>Action Plan Coach</h1>
    <p>Make a plan to find work, one small step at a time. You are chatting with a computer program, not a person.</p>
  </header>
  <main id="main">
    <section id="chat" class="chat" aria-labelledby="chat-heading" tabindex="-1">
      <h2 id="chat-heading" class="visually-hidden">Chat with the coach</h2>
      <p id="chat-status" class="chat-status" role="status" aria-live="polite">Connecting to the coach…</p>
      <div id="webchat" class="webchat"></div>
      <noscript><p>This chat needs JavaScript. Please turn it on, or ask your adviser for another way to talk.</p></noscript>
    </section>
  </main>
  <footer class="page-footer">
    <p>Type your answer in the box, then press Enter. Or choose a button. Type "help" at any time.</p>
  </footer>
  <script src="/webchat/webchat.js"></script>
  <script src="/webchat/chat.js"></script>
</body>
</html>
`;

/**
 * Runs in the browser. The server picks the browser's user id and gives it a signed user token,
 * kept here, so a returning client is recognised (and nobody can claim another's id).
 */
export const webChatScript = `(function () {
  'use strict';
  var status = document.getElementById('chat-status');
  var KEY = 'actionPlanCoach.userToken';

  function keptToken() {
    try { return window.localStorage.getItem(KEY) || undefined; } catch (error) { return undefined; }
  }

  function keepToken(token) {
    try { window.localStorage.setItem(KEY, token); } catch (error) { /* private mode: a new id next time */ }
  }

  async function start() {
    var response = await fetch('/v3/directline/tokens/generate', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ userToken: keptToken() })
    });
    if (!response.ok) throw new Error('token ' + response.status);
    var session = await response.json();
    keepToken(session.userToken);
    var id = session.userId;
    var directLine = window.WebChat.createDirectLine({
      domain: window.location.origin + '/v3/directline',
      webSocket: false,
      pollingInterval: 300,
      token: session.token
    });
    window.WebChat.renderWebChat({
      directLine: directLine,
      userID: id,
      locale: 'en-GB',
      role: 'region',
      styleOptions: {
        hideUploadButton: true,
        accent: '#0b5394',
        subtle: '#595959',
        primaryFont: "system-ui, 'Segoe UI', Arial, sans-serif",
        bubbleBackground: '#f3f3f3',
        bubbleFromUserBackground: '#dceaf7',
        suggestedActionLayout: 'flow',
        sendBoxHeight: 56
      }
    }, document.getElementById('webchat'));
    status.textContent = 'Connected. The coach will say hello.';
  }

  start().catch(function () {
    status.textContent = 'Sorry, the chat could not start. Please reload the page.';
  });
})();
`;

export const webChatCss = `html, body { height: 100%; margin: 0; }
body { display: flex; flex-direction: column; font-family: system-ui, 'Segoe UI', Arial, sans-serif; color: #1a1a1a; background: #ffffff; }
.skip-link { position: absolute; left: -9999px; top: 0; }
.skip-link:focus { left: 8px; top: 8px; padding: 8px 12px; background: #ffffff; color: #0b5394; border: 2px solid #0b5394; z-index: 10; }
.page-header { padding: 12px 16px; background: #0b5394; color: #ffffff; }
.page-header h1 { margin: 0 0 4px; font-size: 1.4rem; }
.page-header p { margin: 0; font-size: 1rem; }
main { flex: 1; display: flex; min-height: 0; }
.chat { flex: 1; display: flex; flex-direction: column; max-width: 48rem; width: 100%; margin: 0 auto; min-height: 0; }
.chat:focus { outline: 3px solid #0b5394; }
.chat-status { margin: 8px 16px; font-size: 0.95rem; color: #1a1a1a; }
.webchat { flex: 1; min-height: 24rem; border: 1px solid #767676; }
.page-footer { padding: 8px 16px; font-size: 0.95rem; border-top: 1px solid #767676; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
:focus-visible { outline: 3px solid #0b5394; outline-offset: 2px; }
`;
