/*
 * Feedback on work that takes time, and no second submit of a form (a double click on a full-page post sent the
 * request twice). Loaded by the layout template: the pages' Content-Security-Policy allows no inline handlers.
 *
 * - A form being posted is marked busy: a further submit of it is prevented until the page is replaced, and its
 *   submit buttons are disabled once the post has started (disabled at once, the clicked button's name would be
 *   missing from the post and Faces would run no action).
 * - A download (a button of class kpi-download, with p:fileDownload) does not replace the page: the form is released
 *   when the download has arrived (PrimeFaces' download cookie) or after a while.
 * - The status region #kpiBusy says "working" during a full post, an AJAX request that lasts, and a download.
 */
(function () {
    'use strict';

    var BUSY = 'kpi-busy-form';
    var HELD = 'data-kpi-held';
    var DOWNLOAD_RELEASE_MS = 10000;
    var AJAX_DELAY_MS = 400;
    var DONE_SHOWN_MS = 4000;
    var ajaxRunning = 0;
    var ajaxTimer = null;
    var doneTimer = null;
    var lastClicked = null;

    function status() {
        return document.getElementById('kpiBusy');
    }

    function say(key) {
        var region = status();
        if (region) {
            clearTimeout(doneTimer);
            region.textContent = key ? region.getAttribute('data-' + key) || '' : '';
        }
    }

    function submitButtons(form) {
        return form.querySelectorAll('button[type="submit"], input[type="submit"], button:not([type])');
    }

    function isDownload(button) {
        return !!button && button.classList.contains('kpi-download');
    }

    // only the buttons this script disabled: a button the page renders disabled stays so
    function release(form) {
        form.classList.remove(BUSY);
        form.removeAttribute('aria-busy');
        Array.prototype.forEach.call(form.querySelectorAll('[' + HELD + ']'), function (button) {
            button.removeAttribute(HELD);
            button.disabled = false;
            button.classList.remove('ui-state-disabled');
        });
    }

    function onSubmit(event) {
        var form = event.target;
        if (!(form instanceof HTMLFormElement) || event.isDefaultPrevented()) {
            return;
        }
        if (form.classList.contains(BUSY)) {
            event.preventDefault();
            return;
        }
        var native = event.originalEvent;
        var submitter = native && native.submitter ? native.submitter
            : lastClicked && lastClicked.form === form ? lastClicked : null;
        lastClicked = null;
        form.classList.add(BUSY);
        form.setAttribute('aria-busy', 'true');
        say('working');
        // after this task: the post's data (with the clicked button's name) has been taken by then
        setTimeout(function () {
            if (!form.classList.contains(BUSY)) {
                return;
            }
            Array.prototype.forEach.call(submitButtons(form), function (button) {
                if (!button.disabled) {
                    button.setAttribute(HELD, '');
                    button.disabled = true;
                    button.classList.add('ui-state-disabled');
                }
            });
        }, 0);
        if (isDownload(submitter)) {
            var released = false;
            var done = function () {
                if (!released) {
                    released = true;
                    release(form);
                    say('done');
                    doneTimer = setTimeout(function () { say(null); }, DONE_SHOWN_MS);
                }
            };
            if (window.PrimeFaces && PrimeFaces.monitorDownload) {
                PrimeFaces.monitorDownload(null, done);
            }
            setTimeout(done, DOWNLOAD_RELEASE_MS);
        }
    }

    // a link to a file (the report's PDF, say): the page stays, the file comes in a while
    function onDownloadLink() {
        say('working');
        setTimeout(function () {
            say('done');
            doneTimer = setTimeout(function () { say(null); }, DONE_SHOWN_MS);
        }, DONE_SHOWN_MS);
    }

    function onAjaxStart() {
        ajaxRunning++;
        if (ajaxTimer === null) {
            // only a request that lasts is announced: a quick one would just flicker
            ajaxTimer = setTimeout(function () {
                if (ajaxRunning > 0) {
                    say('working');
                }
            }, AJAX_DELAY_MS);
        }
    }

    function onAjaxComplete() {
        ajaxRunning = Math.max(0, ajaxRunning - 1);
        if (ajaxRunning === 0) {
            clearTimeout(ajaxTimer);
            ajaxTimer = null;
            if (!document.querySelector('form.' + BUSY)) {
                say(null);
            }
        }
    }

    // the clicked button where the browser does not tell a submit's submitter (or a script submitted the form)
    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('button, input[type="submit"]') : null;
        lastClicked = button && button.form ? button : null;
    }, true);

    // a page shown again from the back-forward cache keeps its busy forms: free them
    window.addEventListener('pageshow', function (event) {
        if (event.persisted) {
            Array.prototype.forEach.call(document.querySelectorAll('form.' + BUSY), function (form) {
                release(form);
            });
            say(null);
        }
    });

    // jQuery's delegation sees the browser's submits and also those PrimeFaces triggers (links, confirmations)
    if (window.jQuery) {
        jQuery(document).on('submit', 'form', onSubmit);
        jQuery(document).on('click', 'a.kpi-download', onDownloadLink);
        jQuery(document).on('pfAjaxSend', onAjaxStart);
        jQuery(document).on('pfAjaxComplete', onAjaxComplete);
    }
}());
