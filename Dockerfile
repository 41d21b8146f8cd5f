# The app for an organisation: sign-in through OpenID Connect, the store on the volume /data.
# Build and run: see README "Run it for your organisation" and docs/deploy.md.
FROM python:3.11-slim

# Run-time libraries for the PDF/Word reports (WeasyPrint) and a font with å, ä and ö.
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libfontconfig1 libglib2.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY requirements.txt .
# The README's install command, word for word (tests/test_deploy.py checks it).
RUN python3 -m venv .venv && .venv/bin/pip install -r requirements.txt
COPY . .

RUN useradd --system --home-dir /app sjalvskattning && mkdir -p /data && chown sjalvskattning /data
USER sjalvskattning

# Served behind a reverse proxy with TLS: listen on every interface inside the container,
# accept the websocket only for the public host name, keep the store on the volume.
# SJALVSKATTNING_PUBLIC_URL and STREAMLIT_SERVER_ALLOWED_HOSTS must name the public address.
ENV SJALVSKATTNING_DB=/data/sjalvskattning.db \
    STREAMLIT_SERVER_ADDRESS=0.0.0.0 \
    STREAMLIT_SERVER_PORT=8501 \
    STREAMLIT_SERVER_ENABLE_XSRF_PROTECTION=true \
    PYTHONUNBUFFERED=1
VOLUME ["/data"]
EXPOSE 8501

HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8501/_stcore/health', timeout=4)"

# The README's start command, word for word.
CMD [".venv/bin/streamlit", "run", "app.py"]
