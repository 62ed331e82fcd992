@echo off
rem Netra's command line on Windows: Netra.exe is a window program without a console, so CLI commands
rem (--version, info --json, load-samples, import-staff, ...) go through this file instead, e.g.
rem   "%LOCALAPPDATA%\Programs\Netra\app\netra-cli.cmd" info --json
rem Same runtime, class path and options as Netra.exe (installer/jpackage.args; a test keeps them equal).
"%~dp0..\runtime\bin\java.exe" -Dorg.jooq.no-logo=true -Dorg.jooq.no-tips=true -Xmx512m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp "%~dp0netra.jar;%~dp0lib\*" id.netra.app.Main %*
