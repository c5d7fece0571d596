// Operations' charts: the figures come from /operations/charts (no inline script or data may be on the page) and
// are drawn with uPlot, as wide as their box.
(function () {
    'use strict';
    var CHART_HEIGHT = 260;
    var COLOURS = ['#0b5394', '#b35900', '#a61b1b', '#1d5e2f', '#5b2a86', '#3e4c59'];

    function seconds(day) {
        return Date.parse(day + 'T12:00:00Z') / 1000;
    }

    function draw(box, series, data) {
        if (!window.uPlot || !box) {
            return;
        }
        box.textContent = '';
        var width = Math.max(box.clientWidth, 280);
        new window.uPlot({ width: width, height: CHART_HEIGHT, series: series,
            axes: [{}, {}], legend: { show: true } }, data, box);
    }

    function drawAll(charts) {
        var days = charts.days.map(seconds);
        var sessions = document.getElementById('sessions-chart');
        if (sessions) {
            draw(sessions, [{},
                { label: sessions.dataset.labelBooked, stroke: COLOURS[0], width: 2 },
                { label: sessions.dataset.labelCancelled, stroke: COLOURS[1], width: 2 },
                { label: sessions.dataset.labelNoShows, stroke: COLOURS[2], width: 2 }],
                [days, charts.booked, charts.cancelled, charts.noShows]);
        }
        var utilisation = document.getElementById('utilisation-chart');
        if (utilisation) {
            var series = [{}];
            var data = [days];
            charts.utilisation.forEach(function (clinic, index) {
                series.push({ label: clinic.clinicName, stroke: COLOURS[index % COLOURS.length], width: 2,
                    value: function (u, v) { return v == null ? '–' : Math.round(v * 100) + ' %'; } });
                data.push(clinic.daily);
            });
            draw(utilisation, series, data);
        }
    }

    document.addEventListener('DOMContentLoaded', function () {
        var box = document.getElementById('sessions-chart');
        if (!box) {
            return;
        }
        fetch(box.dataset.source, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
            .then(function (answer) { return answer.ok ? answer.json() : null; })
            .then(function (charts) { if (charts) { drawAll(charts); } })
            .catch(function () { /* the table above holds the same figures */ });
    });
}());
