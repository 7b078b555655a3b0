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
                var disclosure = field.closest('details.form-disclosure');
                if (disclosure) {
                    disclosure.open = true; // a decision, action or referral form with a draft shows it
                }
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

// The working surface (the secretary's meeting page): one agenda item open at a time (details.item-details share
// a name, so the browser closes the others; this does it too where the name is not understood), and the side list
// (nav.agenda-nav) marks the open item with aria-current. A link in the side list opens its item in place, moves
// the focus to it and names it in the address, so a reload comes back to it; nothing typed anywhere is lost.
// Without this script the link loads the page with that item open.
(function () {
    function items() {
        return Array.prototype.slice.call(document.querySelectorAll('details.item-details'));
    }

    function idOf(details) {
        return details.id.replace(/^item-/, '').replace(/-details$/, '');
    }

    function mark() {
        var open = items().filter(function (details) {
            return details.open;
        }).map(idOf);
        document.querySelectorAll('nav.agenda-nav a[data-item]').forEach(function (link) {
            if (open.indexOf(link.getAttribute('data-item')) === 0) {
                link.setAttribute('aria-current', 'step');
            } else {
                link.removeAttribute('aria-current');
            }
        });
    }

    function remember(id) {
        if (window.history && window.history.replaceState) {
            window.history.replaceState(window.history.state, '',
                location.pathname + '?item=' + encodeURIComponent(id) + '#item-' + id);
        }
    }

    // toggle does not bubble: listen while it is captured
    document.addEventListener('toggle', function (event) {
        var details = event.target;
        if (!details.matches || !details.matches('details.item-details')) {
            return;
        }
        if (details.open) {
            items().forEach(function (other) {
                if (other !== details && other.open) {
                    other.open = false;
                }
            });
            remember(idOf(details));
        }
        mark();
    }, true);

    document.addEventListener('click', function (event) {
        var link = event.target.closest && event.target.closest('nav.agenda-nav a[data-item]');
        if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) {
            return;
        }
        var id = link.getAttribute('data-item');
        var details = document.getElementById('item-' + id + '-details');
        if (!details) {
            return; // not on this page: follow the link
        }
        event.preventDefault();
        details.open = true;
        items().forEach(function (other) {
            if (other !== details) {
                other.open = false;
            }
        });
        mark();
        remember(id);
        var article = document.getElementById('item-' + id);
        (article || details).scrollIntoView({block: 'start'});
        details.querySelector('summary').focus({preventScroll: true});
    });

    // a save's answer brings the side list's entry of its item anew: mark what is open on this page
    document.addEventListener('htmx:afterSettle', mark);
})();

// The page's "ready" signal: <html data-ready="true"> once this script has done its work on a loaded page (drafts
// restored), taken away while a save sent with htmx is under way and given back when its answer is swapped in and
// settled (or when no answer is swapped). A test (or anything else that drives the page) waits for it, so it never
// holds a field the page is about to replace. data-settled counts the saves answered on this page.
(function () {
    var root = document.documentElement;
    var swapped = false;

    function ready() {
        root.setAttribute('data-settled', String(Number(root.getAttribute('data-settled') || '0') + 1));
        root.setAttribute('data-ready', 'true');
    }

    document.addEventListener('htmx:beforeRequest', function () {
        swapped = false;
        root.setAttribute('data-ready', 'false');
    });
    document.addEventListener('htmx:afterSwap', function () {
        swapped = true;
    });
    document.addEventListener('htmx:afterRequest', function () {
        if (!swapped) {
            ready(); // refused without an answer to show, or nothing to swap: the page stays as it was
        }
    });
    document.addEventListener('htmx:afterSettle', function () {
        // listeners run in the order they were added: the drafts' restore above has already run
        swapped = false;
        ready();
    });

    function loaded() {
        // after htmx's own start (its script comes first, so its DOMContentLoaded listener ran before this one)
        root.setAttribute('data-settled', '0');
        root.setAttribute('data-ready', 'true');
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', loaded);
    } else {
        loaded();
    }
})();
