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

// Drafts: what is typed into the text fields of a working page (main[data-drafts]) is kept in this browser tab's
// sessionStorage until the page shows the form saved (its "-saved" mark). A reload, a page left by mistake, or an
// expired session followed by a new login in the same tab brings the text back, marked as not yet saved. The tab
// forgets it when it closes, and logging out forgets it at once: minutes are not left behind in the browser.
(function () {
    var PREFIX = 'protokol-draft:';

    function store() {
        try {
            return window.sessionStorage;
        } catch (e) {
            return null; // storage switched off: drafts are simply not kept
        }
    }

    function drafted(field) {
        return field.form && field.form.id && field.name && field.closest('main[data-drafts]')
            && (field.tagName === 'TEXTAREA' || field.type === 'text');
    }

    function keyOf(field) {
        return PREFIX + location.pathname + ':' + field.form.id + ':' + field.name;
    }

    function forget(form) {
        var drafts = store();
        if (!drafts || !form.id) {
            return;
        }
        Array.prototype.forEach.call(form.elements, function (field) {
            if (drafted(field)) {
                drafts.removeItem(keyOf(field));
            }
        });
    }

    function restore(root) {
        var drafts = store();
        var main = document.querySelector('main[data-drafts]');
        if (!drafts || !main) {
            return;
        }
        var note = document.getElementById('page-alert');
        var text = note ? note.getAttribute('data-draft') : '';
        var forms = Array.prototype.slice.call(root.querySelectorAll('form[id]'));
        if (root.matches && root.matches('form[id]')) {
            forms.push(root);
        }
        forms.forEach(function (form) {
            if (!main.contains(form)) {
                return;
            }
            if (document.getElementById(form.id + '-saved')) {
                forget(form); // the page shows this form saved: its draft is what was saved
                return;
            }
            Array.prototype.forEach.call(form.elements, function (field) {
                if (!drafted(field)) {
                    return;
                }
                var draft = drafts.getItem(keyOf(field));
                if (draft === null || draft === '' || draft === field.value) {
                    return;
                }
                field.value = draft;
                var hint = document.createElement('p');
                hint.className = 'draft-restored';
                hint.id = field.id + '-draft';
                hint.textContent = text;
                field.insertAdjacentElement('afterend', hint);
                var described = field.getAttribute('aria-describedby');
                field.setAttribute('aria-describedby', (described ? described + ' ' : '') + hint.id);
            });
        });
    }

    document.addEventListener('input', function (event) {
        var drafts = store();
        if (drafts && drafted(event.target)) {
            drafts.setItem(keyOf(event.target), event.target.value);
        }
    });
    document.addEventListener('submit', function (event) {
        var drafts = store();
        if (drafts && event.target.matches('form.logout')) {
            Object.keys(drafts).filter(function (key) {
                return key.indexOf(PREFIX) === 0;
            }).forEach(function (key) {
                drafts.removeItem(key);
            });
        }
    });
    document.addEventListener('htmx:afterSettle', function (event) {
        restore(event.detail.elt || document);
    });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', function () {
            restore(document);
        });
    } else {
        restore(document);
    }
})();
