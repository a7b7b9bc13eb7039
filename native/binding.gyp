{
  "targets": [
    {
      "target_name": "hs2stg_libm",
      "sources": ["libm.c"],
      "cflags": ["-O2", "-fno-builtin", "-fno-fast-math"],
      "libraries": ["-lm"]
    },
    {
      "target_name": "hs2stg_posix",
      "sources": ["posix.c"],
      "cflags": ["-O2"]
    }
  ]
}
