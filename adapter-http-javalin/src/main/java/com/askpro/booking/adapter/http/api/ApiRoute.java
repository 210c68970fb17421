package com.askpro.booking.adapter.http.api;

import io.javalin.http.HandlerType;

/** One route of the API's own route table: method, Javalin path, whether it needs a key, and its handler. */
record ApiRoute(HandlerType method, String path, boolean open, Handler handler) {

    /** Serves one authenticated (or open) call. */
    @FunctionalInterface
    interface Handler {
        Answer handle(ApiCall call) throws Exception;
    }

    static ApiRoute get(String path, Handler handler) {
        return new ApiRoute(HandlerType.GET, path, false, handler);
    }

    static ApiRoute post(String path, Handler handler) {
        return new ApiRoute(HandlerType.POST, path, false, handler);
    }

    static ApiRoute patch(String path, Handler handler) {
        return new ApiRoute(HandlerType.PATCH, path, false, handler);
    }

    static ApiRoute delete(String path, Handler handler) {
        return new ApiRoute(HandlerType.DELETE, path, false, handler);
    }

    /** "GET /api/v1/branches/{id}". */
    String describe() {
        return method.name() + " " + path;
    }
}
