"""The service layer: what the interfaces (CLI, web, API) call. Interfaces parse and render;
the computing happens here or below."""
