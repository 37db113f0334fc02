#!/bin/sh
# makensis storing the installer's files without compression (for nsis-build.sh): SetCompress off
# comes before the script, whose SetCompressor then only names the unused compressor.
exec makensis "-XSetCompress off" "$@"
