// Sends the CSRF token with every htmx request (the pages carry it in meta tags; no inline script is allowed).
document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
        event.detail.headers[header.getAttribute('content')] = token.getAttribute('content');
    }
});
