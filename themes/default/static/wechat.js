// 复制正文 on the 公众号 page: copies the article as rich text (its inline styles go
// with it) for pasting into the 微信公众号 editor. Without JavaScript the button stays
// hidden and the article can be selected and copied by hand.
(function () {
  var button = document.querySelector("[data-tx-copy]");
  var status = document.querySelector("[data-tx-copy-status]");
  var article = button && document.getElementById(button.getAttribute("data-tx-copy"));
  if (!button || !article) { return; }
  button.hidden = false;
  function say(text) { if (status) { status.textContent = text; } }
  button.addEventListener("click", function () {
    var html = article.innerHTML, text = article.innerText;
    if (navigator.clipboard && window.ClipboardItem) {
      var item = new ClipboardItem({
        "text/html": new Blob([html], { type: "text/html" }),
        "text/plain": new Blob([text], { type: "text/plain" })
      });
      navigator.clipboard.write([item]).then(function () { say("已复制，可粘贴到公众号编辑器。"); }, fallback);
    } else {
      fallback();
    }
  });
  function fallback() {
    var range = document.createRange();
    range.selectNodeContents(article);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (e) { copied = false; }
    say(copied ? "已复制，可粘贴到公众号编辑器。" : "请按 Ctrl+C（手机上长按）复制已选中的正文。");
  }
})();
