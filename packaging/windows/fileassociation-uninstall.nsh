# Inserted by CPack into the NSIS uninstaller (CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS): forgets the .casebook
# association the installer made, unless another program has taken the extension over since.
ReadRegStr $0 SHCTX "Software\Classes\.casebook" ""
StrCmp $0 "Casebook.File" 0 +2
DeleteRegKey SHCTX "Software\Classes\.casebook"
DeleteRegKey SHCTX "Software\Classes\Casebook.File"
System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
