// The interactive API docs: Swagger UI (from the installed swagger-ui-bundle package) on this
// server's own OpenAPI schema (labelled 3.0.3: this Swagger UI predates OpenAPI 3.1). A file of its own, because the pages' Content-Security-Policy
// allows no inline script.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/api/docs/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis],
    layout: "BaseLayout",
  });
});
