// Buttons that undo something ask first: <button data-confirm="Are you sure?">. Without JavaScript they act at once.
document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-confirm]');
    if (button && !window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
    }
});
