-- C strings decoded as GHC does under a UTF-8 locale: bytes that start no
-- valid sequence are skipped, an incomplete end is dropped; embedded
-- NULs in peekCStringLen, and the round trip back through newCString
import Foreign
import Foreign.C.String
import Data.Word

bytes :: [[Word8]]
bytes =
  [ [0x68, 0xff, 0xc3, 0x41, 0xe2, 0x82, 0xac]
  , [0xed, 0xa0, 0x80, 0xf0, 0x9f, 0x98, 0x80, 0xc3]
  , [0xe0, 0x80, 0x80, 0xc0, 0xaf, 0xf4, 0x90, 0x80, 0x80, 0x61]
  , [0x61, 0x00, 0x62, 0xe2, 0x82]
  , [0xf0, 0x9f, 0x98]
  , [0xe2, 0x28, 0xa1]
  ]

main :: IO ()
main = do
  mapM_ (\bs -> withArrayLen bs $ \n p -> do
            s <- peekCStringLen (castPtr p, n)
            print (map fromEnum s)
            back <- withCStringLen s $ \(q, m) -> peekArray m (castPtr q :: Ptr Word8)
            print (back == bs, back)) bytes
  mapM_ (\bs -> withArray0 0 bs $ \p -> peekCString (castPtr p) >>= print . map fromEnum) bytes
