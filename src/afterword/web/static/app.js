// Afterword's only script of its own: HTMX requests carry the page's CSRF token in a header.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.body.getAttribute("data-csrf");
  if (token) { event.detail.headers["X-CSRF-Token"] = token; }
});
