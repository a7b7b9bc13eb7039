{
  "targets": [
    {
      "target_name": "hs2stg_libm",
      "sources": ["libm.c"],
      "cflags": ["-O2", "-fno-builtin", "-fno-fast-math"],
      "libraries": ["-lm"]
    }
  ]
}
