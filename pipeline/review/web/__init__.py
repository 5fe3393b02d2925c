"""The review web app (issue 10): documents list, document page, correction forms.

`app.create_app(db)` builds the Starlette app; `app.serve(db)` runs it under uvicorn.
Nothing heavy is imported here, so `lifelong serve` starts fast.
"""
