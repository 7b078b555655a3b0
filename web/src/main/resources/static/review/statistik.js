/*
 * Draws the evaluator's charts (templates/evaluator/statistics.html) with Chart.js. The figures come from the
 * page's JSON data block #statistik-data, which the browser never runs, so the content security policy
 * (default-src 'self', no inline scripts) holds; every chart has the same figures in a table beside it.
 */
(function () {
  'use strict';

  function draw() {
    var block = document.getElementById('statistik-data');
    if (!block || typeof window.Chart === 'undefined') {
      return; // the tables carry the figures on their own
    }
    var data;
    try {
      data = JSON.parse(block.textContent);
    } catch (e) {
      return;
    }
    var colours = ['#1f4e79', '#2e7d32', '#b35900'];
    var reducedMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = data[canvas.getAttribute('data-chart')];
      if (!chart) {
        return;
      }
      new window.Chart(canvas, {
        type: 'bar',
        data: {
          labels: chart.labels,
          datasets: chart.series.map(function (series, index) {
            return {label: series.label, data: series.data, backgroundColor: colours[index % colours.length]};
          })
        },
        options: {
          animation: reducedMotion ? false : undefined,
          responsive: true,
          scales: {y: {beginAtZero: true}},
          plugins: {legend: {position: 'bottom'}}
        }
      });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
}());
