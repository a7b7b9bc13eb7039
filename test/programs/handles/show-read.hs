-- Show and Read of GHC.IO.Handle.Types' BufferMode, Newline, NewlineMode
-- and Handle, as -O1 code calls their pieces ($fShowNewline1,
-- $fReadBufferMode_sps, $fShowHandle1, ...).

import System.IO

main :: IO ()
main = do
  let modes = [NoBuffering, LineBuffering, BlockBuffering Nothing, BlockBuffering (Just 5)]
  print modes
  mapM_ (\m -> putStrLn (showsPrec 11 m "|" ++ show m)) modes
  print (map (\m -> read (show m) == m) modes)
  print (read " ( BlockBuffering (Just 3) ) " :: BufferMode)
  print (read "[NoBuffering,LineBuffering]" :: [BufferMode])
  print (reads "LineBuffering rest" :: [(BufferMode, String)])
  print (readsPrec 11 "BlockBuffering Nothing" :: [(BufferMode, String)])
  print (LF, CRLF, [LF, CRLF])
  putStrLn (shows LF (showList [CRLF] ""))
  print (read "CRLF" :: Newline, read "[LF,CRLF]" :: [Newline], read "(LF)" :: Newline)
  print (reads "LFX" :: [(Newline, String)])
  print [universalNewlineMode, nativeNewlineMode, noNewlineTranslation]
  print (read "NewlineMode {inputNL = CRLF, outputNL = LF}" :: NewlineMode)
  print stdin
  print [stdout, stderr]
  putStrLn (showsPrec 11 stdout "!")
  writeFile "sr.txt" "x"
  h <- openFile "sr.txt" ReadMode
  print h
  print (h == h, h == stdin, stdout /= stderr)
  hClose h
  print h
