/*
 * The long report form (form 10-2 / 10-3): a warning before leaving with changes not yet saved, and help texts tied
 * to the control that takes the focus. Loaded by the page (no inline script: the Content-Security-Policy).
 *
 * - A form of class kpi-unsaved-guard becomes "dirty" when something is typed or chosen in it. Leaving the page then
 *   (a link, the browser's back button, closing the tab) asks first (beforeunload). Submitting the form (file, save
 *   as draft) clears the mark: the post saves what was typed. The mark lives in this script, not on the form element,
 *   so an AJAX update of the form (choosing another kind) keeps it.
 * - A link of the progress summary (a.kpi-missing-field) moves the keyboard focus to its field, not only the view.
 * - PrimeFaces writes a pass-through aria-describedby on a widget's outer element (a select's or a date picker's
 *   wrapper): it is copied to the element inside that takes the focus, so a screen reader reads the help there too.
 */
(function () {
    'use strict';

    var GUARD = 'kpi-unsaved-guard';
    var dirty = false;
    var message = '';

    function guardedForm(element) {
        var form = element && element.closest ? element.closest('form') : null;
        return form && form.classList.contains(GUARD) ? form : null;
    }

    function onEdit(event) {
        var form = guardedForm(event.target);
        if (form) {
            dirty = true;
            message = form.getAttribute('data-unsaved') || message;
        }
    }

    function onSubmit(event) {
        if (guardedForm(event.target)) {
            dirty = false;
        }
    }

    function onBeforeUnload(event) {
        if (!dirty) {
            return undefined;
        }
        // browsers show their own wording; the text is for the older ones that show it
        event.preventDefault();
        event.returnValue = message;
        return message;
    }

    function onMissingFieldLink(event) {
        var link = event.target.closest ? event.target.closest('a.kpi-missing-field') : null;
        if (!link) {
            return;
        }
        var target = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
        if (target) {
            event.preventDefault();
            target.scrollIntoView({block: 'center'});
            target.focus();
        }
    }

    function describeInnerControls(root) {
        var wrappers = (root || document).querySelectorAll('div[aria-describedby], span[aria-describedby]');
        Array.prototype.forEach.call(wrappers, function (wrapper) {
            var control = wrapper.querySelector('input[id$="_focus"], input[id$="_input"], textarea');
            if (control && !control.hasAttribute('aria-describedby')) {
                control.setAttribute('aria-describedby', wrapper.getAttribute('aria-describedby'));
            }
        });
    }

    document.addEventListener('input', onEdit, true);
    document.addEventListener('change', onEdit, true);
    // capture: seen before any other listener can stop the submit (busy.js holds a second one)
    document.addEventListener('submit', onSubmit, true);
    document.addEventListener('click', onMissingFieldLink);
    window.addEventListener('beforeunload', onBeforeUnload);

    describeInnerControls(document);
    if (window.jQuery) {
        // PrimeFaces' own submits (a command link) go through jQuery's submit, which the browser reports as well
        jQuery(document).on('submit', 'form', onSubmit);
        // a PrimeFaces select reports its choice by jQuery's trigger, which native listeners do not see
        jQuery(document).on('change', 'form.' + GUARD + ' :input', onEdit);
        jQuery(document).on('pfAjaxComplete', function () {
            describeInnerControls(document);
        });
    }
}());
