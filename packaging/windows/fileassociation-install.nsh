# Inserted by CPack into the NSIS installer (CPACK_NSIS_EXTRA_INSTALL_COMMANDS): .casebook files open in Casebook
# with its icon. SHCTX is HKLM for an install for all users, HKCU for one user.
WriteRegStr SHCTX "Software\Classes\.casebook" "" "Casebook.File"
WriteRegStr SHCTX "Software\Classes\.casebook" "Content Type" "application/x-casebook"
WriteRegStr SHCTX "Software\Classes\Casebook.File" "" "Casebook file"
WriteRegStr SHCTX "Software\Classes\Casebook.File\DefaultIcon" "" "$INSTDIR\bin\casebook.exe,0"
WriteRegStr SHCTX "Software\Classes\Casebook.File\shell\open\command" "" '"$INSTDIR\bin\casebook.exe" "%1"'
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
