/*
 * The check-in desk on a phone (events/desk.xhtml). Without this script every way works by plain posts; with it:
 * - the ticket's code typed (or scanned) is sent to the REST API (POST .../checkins, JSON, the page's own session);
 * - when the network is away the check-in is kept in localStorage with the time it was scanned, shown as
 *   "waiting to be sent", and sent again as soon as the phone is back online (the server records the scan time, and a
 *   check-in sent twice counts once);
 * - the QR code is read from the camera where the browser has BarcodeDetector;
 * - the counts are refreshed every 15 seconds.
 * Every text comes from the page's data-t-* attributes (translated there) and is inserted as text, never as markup.
 */
(function () {
    "use strict";

    var REFRESH_MS = 15000;
    var SAME_CODE_MS = 4000;
    var LOG_SIZE = 10;
    /** The business refusals of the API (problem types) and the outcome each one shows. */
    var REFUSALS = {
        "event.ticket.unknown": "unknown",
        "event.ticket.otherEvent": "other",
        "event.checkin.noSeat": "noseat",
        "event.checkin.notToday": "nottoday",
        "event.notOrganiser": "forbidden"
    };

    var desk = document.getElementById("desk");
    if (!desk || !window.fetch || !window.JSON) {
        return;
    }
    var api = desk.getAttribute("data-api");
    var lang = desk.getAttribute("data-lang") || document.documentElement.lang || "fr";
    var storageKey = "socialmap.desk.queue." + desk.getAttribute("data-event");
    var form = document.getElementById("checkin");
    var input = document.getElementById("code");
    var outcome = document.getElementById("outcome");
    var queueNote = document.getElementById("queue");
    var log = document.getElementById("desk-log");
    var flushing = false;

    function text(name, value) {
        var t = desk.getAttribute("data-t-" + name) || "";
        return value === undefined ? t : t.replace("{0}", value);
    }

    function time(iso) {
        try {
            return new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit", timeZone: "Europe/Brussels" })
                .format(new Date(iso));
        } catch (e) {
            return String(iso).substring(11, 16);
        }
    }

    function paragraph(className, content) {
        var p = document.createElement("p");
        p.className = className;
        p.textContent = content;
        return p;
    }

    /** Shows an outcome big and clear: kind is first, already, or one of the refusals. */
    function show(kind, result) {
        var tone = kind === "first" ? "good" : kind === "already" || kind === "kept" ? "warning" : "bad";
        outcome.className = "desk-outcome desk-outcome-" + tone;
        outcome.textContent = "";
        var title = kind === "already" ? text("already", time(result.at)) : text(kind);
        outcome.appendChild(paragraph("desk-outcome-title", title));
        if (result && result.name) {
            outcome.appendChild(paragraph("desk-outcome-name", result.name));
        }
        if (result && result.organisation) {
            outcome.appendChild(paragraph("desk-outcome-detail", result.organisation));
        }
        addToLog(title + (result && result.name ? " — " + result.name : ""));
    }

    function addToLog(line) {
        if (!log) {
            return;
        }
        var item = document.createElement("li");
        item.textContent = new Intl.DateTimeFormat(lang, { hour: "2-digit", minute: "2-digit" }).format(new Date()) + " · " + line;
        log.insertBefore(item, log.firstChild);
        while (log.children.length > LOG_SIZE) {
            log.removeChild(log.lastChild);
        }
        document.getElementById("log").hidden = false;
    }

    /* ---- the queue of check-ins waiting for the network ---- */

    function queue() {
        try {
            var stored = JSON.parse(window.localStorage.getItem(storageKey) || "[]");
            return Array.isArray(stored) ? stored : [];
        } catch (e) {
            return [];
        }
    }

    function saveQueue(items) {
        try {
            if (items.length) {
                window.localStorage.setItem(storageKey, JSON.stringify(items));
            } else {
                window.localStorage.removeItem(storageKey);
            }
        } catch (e) {
            // private mode or full storage: the check-in stays on the screen, staff can type it again
        }
        showQueue();
    }

    function showQueue() {
        var waiting = queue().length;
        queueNote.hidden = waiting === 0;
        queueNote.textContent = waiting ? text("queue", waiting) : "";
    }

    function enqueue(code, scannedAt) {
        var items = queue();
        if (!items.some(function (item) { return item.code === code; })) {
            items.push({ code: code, scannedAt: scannedAt });
        }
        saveQueue(items);
    }

    /* ---- talking to the server ---- */

    /**
     * Sends one check-in. Resolves to {kind, result} for an answer of the server (to show, and to drop from the
     * queue), rejects when the network or the session failed (to keep it for later).
     */
    function send(code, scannedAt) {
        return fetch(api + "/checkins", {
            method: "POST",
            credentials: "same-origin",
            headers: { "Content-Type": "application/json", "Accept": "application/json, application/problem+json" },
            body: JSON.stringify({ code: code, scannedAt: scannedAt })
        }).then(function (response) {
            var type = response.headers.get("Content-Type") || "";
            if (response.status === 401 || response.redirected || type.indexOf("json") < 0) {
                throw new Error("signedout"); // the session ended: the sign-in page answered, not the API
            }
            return response.json().then(function (body) {
                if (response.ok) {
                    return { kind: body.first ? "first" : "already", result: body };
                }
                var rule = String(body.type || "").replace("urn:socialmap:problem:", "");
                if (REFUSALS[rule]) {
                    return { kind: REFUSALS[rule], result: null };
                }
                if (response.status === 403) {
                    return { kind: "forbidden", result: null };
                }
                if (response.status >= 500) {
                    throw new Error("error");
                }
                return { kind: "unknown", result: null };
            });
        });
    }

    function checkIn(code) {
        var scannedAt = new Date().toISOString();
        if (navigator.onLine === false) {
            enqueue(code, scannedAt);
            show("kept", { name: code });
            return;
        }
        send(code, scannedAt).then(function (answer) {
            show(answer.kind, answer.result);
            refreshCounts();
        }, function (failure) {
            enqueue(code, scannedAt);
            show(failure && failure.message === "signedout" ? "signedout" : "kept", { name: code });
        });
    }

    /** Sends what waits, oldest first; stops at the first failure of the network. */
    function flush() {
        var items = queue();
        if (flushing || !items.length || navigator.onLine === false) {
            return;
        }
        flushing = true;
        var item = items[0];
        send(item.code, item.scannedAt).then(function (answer) {
            saveQueue(queue().filter(function (other) { return other.code !== item.code; }));
            flushing = false;
            show(answer.kind, answer.result);
            addToLog(text("sent"));
            refreshCounts();
            flush();
        }, function () {
            flushing = false;
        });
    }

    function refreshCounts() {
        if (navigator.onLine === false) {
            return;
        }
        fetch(api + "/counts", { credentials: "same-origin", headers: { "Accept": "application/json" } })
            .then(function (response) {
                if (!response.ok || (response.headers.get("Content-Type") || "").indexOf("json") < 0) {
                    throw new Error("counts");
                }
                return response.json();
            })
            .then(function (counts) {
                document.getElementById("count-registered").textContent = counts.confirmed;
                document.getElementById("count-present").textContent = counts.present;
                document.getElementById("count-absent").textContent = counts.absent;
                document.getElementById("counts-note").hidden = true;
            }, function () {
                var note = document.getElementById("counts-note");
                note.textContent = text("counts-stale");
                note.hidden = false;
            });
    }

    /* ---- the camera ---- */

    function startCamera() {
        var box = document.getElementById("camera");
        var video = document.getElementById("camera-video");
        var start = document.getElementById("camera-start");
        var stop = document.getElementById("camera-stop");
        var detector;
        try {
            detector = new window.BarcodeDetector({ formats: ["qr_code"] });
        } catch (e) {
            return;
        }
        box.hidden = false;
        var stream = null;
        var timer = null;
        var last = { code: null, at: 0 };

        function scan() {
            if (!stream || video.readyState < 2) {
                return;
            }
            detector.detect(video).then(function (codes) {
                if (!codes.length) {
                    return;
                }
                var code = String(codes[0].rawValue || "").trim();
                var now = Date.now();
                if (!code || (code === last.code && now - last.at < SAME_CODE_MS)) {
                    return; // the same ticket still in front of the camera
                }
                last = { code: code, at: now };
                if (navigator.vibrate) {
                    navigator.vibrate(80);
                }
                checkIn(code);
            }, function () {
                // a frame that could not be read: the next one will
            });
        }

        function off() {
            if (timer) {
                window.clearInterval(timer);
                timer = null;
            }
            if (stream) {
                stream.getTracks().forEach(function (track) { track.stop(); });
                stream = null;
            }
            video.hidden = true;
            stop.hidden = true;
            start.hidden = false;
        }

        start.addEventListener("click", function () {
            navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false })
                .then(function (s) {
                    stream = s;
                    video.srcObject = s;
                    video.hidden = false;
                    start.hidden = true;
                    stop.hidden = false;
                    return video.play();
                })
                .then(function () {
                    timer = window.setInterval(scan, 300);
                }, function () {
                    off();
                    outcome.className = "desk-outcome desk-outcome-bad";
                    outcome.textContent = "";
                    outcome.appendChild(paragraph("desk-outcome-title", text("camera-denied")));
                });
        });
        stop.addEventListener("click", off);
        window.addEventListener("pagehide", off);
    }

    /* ---- wiring ---- */

    if (form && input) {
        form.addEventListener("submit", function (e) {
            var code = input.value.trim();
            if (!code) {
                return; // the server says what is missing
            }
            e.preventDefault();
            input.value = "";
            checkIn(code);
            input.focus();
        });
    }
    if ("BarcodeDetector" in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia) {
        startCamera();
    }
    window.addEventListener("online", flush);
    window.setInterval(function () {
        flush();
        refreshCounts();
    }, REFRESH_MS);
    showQueue();
    flush();
})();
