// The sheet's print button: shown only when JavaScript can print (the page prints with the browser's menu anyway).
document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('practice-print');
    if (button) {
        button.hidden = false;
        button.addEventListener('click', function () { window.print(); });
    }
});
