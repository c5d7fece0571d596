// The front desk's pages: the live feed's state shown in #live-status (the words come in data-* attributes, in the
// page's language), and the day sheet's print button. No inline script is allowed, hence this file.
(function () {
    function liveStatus(state) {
        var status = document.getElementById('live-status');
        if (!status) {
            return;
        }
        status.setAttribute('data-live', state);
        var words = status.getAttribute('data-' + state);
        if (words) {
            status.textContent = words;
        }
    }

    // the stream's first event says whether the web reads the changes yet ("waiting" while its broker is away)
    var listening = [];
    document.addEventListener('htmx:sseOpen', function (event) {
        var source = event.detail.source;
        if (listening.indexOf(source) < 0) {
            listening.push(source);
            source.addEventListener('connected', function () {
                liveStatus('connected');
            });
            source.addEventListener('waiting', function () {
                liveStatus('waiting');
            });
        }
    });
    document.addEventListener('htmx:sseError', function () {
        liveStatus('lost');
    });

    document.addEventListener('click', function (event) {
        var print = event.target.closest('[data-print]');
        if (print) {
            window.print();
        }
    });
})();
