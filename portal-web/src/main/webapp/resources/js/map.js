/*
 * What JavaScript adds to the social map's pages; without it the list, the facets and the sort all work.
 * - the map of the results (Leaflet, markers clustered), built from the points the page lists in data-points;
 * - "use my position": fills lat/lng and searches again, sorted by distance;
 * - suggestions under the search box;
 * - a print button.
 * Texts come from the page (translated there) and are inserted as text, never as markup.
 */
(function () {
    "use strict";

    function showMap(element) {
        var points = JSON.parse(element.getAttribute("data-points") || "[]");
        var tiles = element.getAttribute("data-tiles");
        if (!points.length || !window.L || !tiles) {
            return;
        }
        element.hidden = false;
        var map = L.map(element, { scrollWheelZoom: false });
        L.tileLayer(tiles, { maxZoom: 19, attribution: element.getAttribute("data-attribution") || "" }).addTo(map);
        var layer = L.markerClusterGroup ? L.markerClusterGroup() : L.layerGroup();
        points.forEach(function (point) {
            var popup = document.createElement("div");
            var title = document.createElement(point.href ? "a" : "strong");
            title.textContent = point.name;
            if (point.href) {
                title.href = point.href;
            }
            popup.appendChild(title);
            if (point.organisation) {
                popup.appendChild(document.createElement("br"));
                popup.appendChild(document.createTextNode(point.organisation));
            }
            layer.addLayer(L.marker([point.lat, point.lng], { title: point.name, alt: point.name }).bindPopup(popup));
        });
        map.addLayer(layer);
        var bounds = L.latLngBounds(points.map(function (p) { return [p.lat, p.lng]; }));
        map.fitBounds(bounds, { maxZoom: 15, padding: [24, 24] });
    }

    function offerPosition(form) {
        var button = document.getElementById("use-position");
        if (!button || !navigator.geolocation) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            navigator.geolocation.getCurrentPosition(function (position) {
                form.elements.lat.value = position.coords.latitude.toFixed(5);
                form.elements.lng.value = position.coords.longitude.toFixed(5);
                form.elements.near.value = "";
                form.submit();
            }, function () {
                var message = document.createElement("p");
                message.className = "notice error";
                message.setAttribute("role", "alert");
                message.textContent = button.getAttribute("data-error");
                form.parentNode.insertBefore(message, form.nextSibling);
            }, { timeout: 10000, maximumAge: 600000 });
        });
        // a place typed by hand replaces the position found before
        form.elements.near.addEventListener("input", function () {
            form.elements.lat.value = "";
            form.elements.lng.value = "";
        });
    }

    function suggest(form) {
        var input = document.getElementById("q");
        var list = document.getElementById("suggestions");
        var address = form.getAttribute("data-suggest");
        var timer = null;
        if (!input || !list || !address || !window.fetch) {
            return;
        }
        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                if (input.value.trim().length < 2) {
                    return;
                }
                fetch(address + "?q=" + encodeURIComponent(input.value), { headers: { Accept: "application/json" } })
                    .then(function (response) { return response.ok ? response.json() : []; })
                    .then(function (words) {
                        list.replaceChildren.apply(list, words.map(function (word) {
                            var option = document.createElement("option");
                            option.value = word;
                            return option;
                        }));
                    })
                    .catch(function () { /* no suggestions: the search itself still works */ });
            }, 150);
        });
    }

    document.addEventListener("DOMContentLoaded", function () {
        var map = document.getElementById("results-map");
        if (map) {
            showMap(map);
        }
        var form = document.getElementById("search-form");
        if (form) {
            offerPosition(form);
            suggest(form);
        }
        var print = document.getElementById("print");
        if (print) {
            print.hidden = false;
            print.addEventListener("click", function () { window.print(); });
        }
    });
}());
