package com.askpro.booking.adapter.http.api;

/** What an API handler answers: an HTTP status and a body to write as JSON (null: no body). */
record Answer(int status, Object body) {

    static Answer ok(Object body) {
        return new Answer(200, body);
    }

    static Answer created(Object body) {
        return new Answer(201, body);
    }

    static Answer noContent() {
        return new Answer(204, null);
    }
}
