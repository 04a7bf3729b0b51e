/*
 * Message lists that stay lists. PrimeFaces gives each message of a p:messages list role="alert", which takes it out
 * of its list for assistive technology (a list holds only list items: WCAG 1.3.1, axe's rule "list"). The list's
 * container is aria-live="polite" already, so what an answer adds is still read out. Loaded by the layout template.
 */
(function () {
    'use strict';

    function keepItemsInTheirList() {
        document.querySelectorAll('.ui-messages ul > li[role="alert"]').forEach(function (item) {
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
        });
    }

    document.addEventListener('DOMContentLoaded', keepItemsInTheirList);
    if (window.jQuery) {
        jQuery(document).on('pfAjaxComplete', keepItemsInTheirList);
    }
}());
