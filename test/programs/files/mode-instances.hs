import System.IO

main :: IO ()
main = do
  print [ReadMode ..]
  print (map fromEnum [ReadMode, WriteMode, AppendMode, ReadWriteMode], toEnum 2 :: IOMode)
  print (succ ReadMode, pred ReadWriteMode, [ReadMode, AppendMode ..])
  print (read "AppendMode" :: IOMode, read " ( ReadWriteMode ) " :: IOMode)
  print (ReadMode < WriteMode, compare AppendMode WriteMode, maximum [WriteMode, ReadMode], ReadMode == ReadMode)
  print [AbsoluteSeek ..]
  print (map fromEnum [AbsoluteSeek, RelativeSeek, SeekFromEnd], read "SeekFromEnd" :: SeekMode, AbsoluteSeek < SeekFromEnd)
  print (reads "RelativeSeek rest" :: [(SeekMode, String)])
  print (read "BlockBuffering (Just 5)" :: BufferMode, read "[NoBuffering,LineBuffering]" :: [BufferMode])
  print (NoBuffering == NoBuffering, LineBuffering /= NoBuffering, BlockBuffering Nothing < BlockBuffering (Just 0))
  print (showsPrec 11 (BlockBuffering Nothing) "", show (Just (BlockBuffering (Just 2))))
  print (LF, CRLF, LF == CRLF, LF < CRLF, read "CRLF" :: Newline)
  let m = NewlineMode { inputNL = CRLF, outputNL = LF }
  print m
  print (showsPrec 11 m "")
  print (m == universalNewlineMode, m == m, compare m nativeNewlineMode, inputNL m, outputNL m)
  print (read "NewlineMode {inputNL = LF, outputNL = CRLF}" :: NewlineMode)
  print (Just ReadMode, [Left AbsoluteSeek, Right LF])
