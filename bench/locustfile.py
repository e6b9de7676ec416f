"""Load on the timeline's first page for `make bench` (run by bench/run.py, headless).

Each simulated client asks again as soon as the answer arrives: this measures the most
the server set-up can answer, not a realistic reader's pace.
"""
from locust import FastHttpUser, constant, task


class TimelineReader(FastHttpUser):
    wait_time = constant(0)

    @task
    def timeline(self) -> None:
        self.client.get("/", name="timeline")
