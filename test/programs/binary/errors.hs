{-# OPTIONS_GHC -Wno-deprecations #-}
-- binary: decoder failures: decodeOrFail and runGetOrFail's messages,
-- unconsumed input and offsets (bad tags, short input, invalid Chars,
-- label, isolate, fail, Alternative), runGet's and decode's error calls
-- caught, and a last decode error left to end the program.
import Control.Applicative (Alternative (..))
import Control.Exception (ErrorCall (..), evaluate, try)
import Data.Binary
import Data.Binary.Get
import qualified Data.ByteString.Lazy as L
import Data.Int (Int32)
import Data.List.NonEmpty (NonEmpty)

type Result a = Either (L.ByteString, ByteOffset, String) (L.ByteString, ByteOffset, a)

report :: Show a => String -> Result a -> IO ()
report what r = putStrLn (what ++ ": " ++ show r)

bytes :: [Word8] -> L.ByteString
bytes = L.pack

main :: IO ()
main = do
  report "Bool 2" (decodeOrFail (bytes [2]) :: Result Bool)
  report "Ordering 7" (decodeOrFail (bytes [7]) :: Result Ordering)
  report "Maybe 7" (decodeOrFail (bytes [7]) :: Result (Maybe Int))
  report "Either 7 'a'" (decodeOrFail (bytes [7, 97]) :: Result (Either Int Char))
  report "Char ff" (decodeOrFail (bytes [0xff]) :: Result Char)
  report "Char f4 90 80 80" (decodeOrFail (bytes [0xf4, 0x90, 0x80, 0x80]) :: Result Char)
  report "Char overlong" (decodeOrFail (bytes [0xc0, 0x80, 0x41]) :: Result Char)
  report "Chars odd" (decodeOrFail (bytes [0xc4, 0x41, 0x80, 0x80, 0xe1, 0x41, 0x41, 0xf1, 0x41, 0x41, 0x41, 0xed, 0xa0, 0x80]) :: Result (Char, Char, Char, Char, Char))
  report "Integer tag 2" (decodeOrFail (bytes [2]) :: Result Integer)
  report "NonEmpty []" (decodeOrFail (bytes [0, 0, 0, 0, 0, 0, 0, 0]) :: Result (NonEmpty Int))
  report "list -1" (decodeOrFail (bytes (replicate 8 0xff)) :: Result [Word8])
  report "list short" (decodeOrFail (bytes [0, 0, 0, 0, 0, 0, 0, 3, 1, 2]) :: Result [Word8])
  report "leftover" (decodeOrFail (bytes [0, 0, 0, 0, 0, 0, 0, 9, 1]) :: Result Int)
  report "Word32" (runGetOrFail getWord32be (bytes [1, 2]))
  report "label" (runGetOrFail (label "hdr" getWord32be) (bytes [1, 2]))
  report "labels" (runGetOrFail (label "outer" (getWord8 >> label "inner" getWord32be)) (bytes [1, 2]))
  report "fail" (runGetOrFail (getWord8 >> fail "boom" :: Get Int) (bytes [1, 2]))
  report "isolate short" (runGetOrFail (getWord8 >> isolate 2 getWord32be) (bytes [1 .. 6]))
  report "isolate unused" (runGetOrFail (getWord8 >> isolate 3 getWord8) (bytes [1 .. 6]))
  report "isolate negative" (runGetOrFail (getWord8 >> isolate (-1) getWord8) (bytes [1 .. 6]))
  report "isolate ok" (runGetOrFail (isolate 2 ((,) <$> getWord8 <*> getWord8)) (bytes [1 .. 6]))
  report "skip" (runGetOrFail (skip 10) (bytes [1, 2]))
  report "getByteString" (runGetOrFail (getByteString 10) (bytes [1, 2]))
  report "getLazyByteString" (runGetOrFail (getLazyByteString 5) (bytes [1, 2]))
  report "getLazyByteStringNul" (runGetOrFail getLazyByteStringNul (bytes [1, 2]))
  report "alternative" (runGetOrFail ((getWord8 >> fail "a") <|> (getWord16be >> getWord8 >> fail "b") :: Get Int) (bytes [1, 2]))
  report "alternative 2" (runGetOrFail ((getWord32be >> return 'x') <|> (getWord8 >> return 'y')) (bytes [1, 2]))
  report "empty" (runGetOrFail (empty :: Get Int) (bytes [1]))
  report "many" (runGetOrFail (many getWord16le) (bytes [1, 2, 3, 4, 5]))
  report "some" (runGetOrFail (some getInt32be) (bytes [1, 2]))
  r1 <- try (evaluate (runGet getWord16le (bytes [1])))
  print (r1 :: Either ErrorCall Word16)
  r2 <- try (evaluate (decode (bytes [1]) :: Int32))
  either (\(ErrorCallWithLocation m l) -> putStrLn m >> putStrLn l) print r2
  r3 <- try (evaluate (runGet (getWord8 >> fail "xx" :: Get Int) (bytes [1])))
  print (r3 :: Either ErrorCall Int)
  r4 <- try (evaluate (runGetState getWord32be (bytes [1]) 0))
  print (fmap (\(a, _, _) -> a) r4 :: Either ErrorCall Word32)
  print (runGetState getWord8 (bytes [1, 2, 3]) 10)
  print (decode (bytes [1, 2, 3, 4, 5, 6, 7, 8, 9]) :: Word64)
  print (decode (bytes [0, 0, 0, 0, 0, 0, 0, 1]) :: [Bool])
