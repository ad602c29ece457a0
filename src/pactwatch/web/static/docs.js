// The interactive API docs: Swagger UI (from the installed swagger-ui-bundle package) on this
// server's own OpenAPI schema. A file of its own, because the pages' Content-Security-Policy
// allows no inline script.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/v1/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
