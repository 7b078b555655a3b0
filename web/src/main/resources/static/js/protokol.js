// A save sent with htmx that fails without an answer to show (a 403 when the session has ended, a failure of
// ours, no connection) is not swapped in, so what was typed stays in its field. This says so, in the page's
// language (the texts come from the layout's #page-alert), and nothing else changes.
(function () {
    function tell(kind) {
        var alert = document.getElementById('page-alert');
        if (!alert) {
            return;
        }
        // a new element with role="alert" is what screen readers announce most reliably
        var message = document.createElement('p');
        message.setAttribute('role', 'alert');
        message.textContent = alert.getAttribute('data-' + kind);
        alert.replaceChildren(message);
        alert.hidden = false;
    }

    document.addEventListener('htmx:responseError', function (event) {
        var status = event.detail.xhr ? event.detail.xhr.status : 0;
        tell(status === 403 ? 'expired' : 'failed');
    });
    document.addEventListener('htmx:sendError', function () {
        tell('unreachable');
    });
    document.addEventListener('htmx:beforeRequest', function () {
        var alert = document.getElementById('page-alert');
        if (alert) {
            alert.hidden = true;
        }
    });
})();
