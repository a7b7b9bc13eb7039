{-# LANGUAGE OverloadedStrings #-}
-- Data.ByteString.Short: ShortByteString's functions and instances, and
-- NFData of the bytestring and text types.
import qualified Data.ByteString as B
import qualified Data.ByteString.Char8 as C
import qualified Data.ByteString.Lazy as BL
import qualified Data.ByteString.Short as S
import qualified Data.Text as T
import qualified Data.Text.Lazy as TL
import Control.DeepSeq
import Control.Exception
import Data.List (sort)
import GHC.Exts (fromList, toList)

main :: IO ()
main = do
  let s = S.pack [104, 105, 0, 255, 34, 92]
      h = "hello" :: S.ShortByteString
  print s
  print (S.unpack s, S.length s, S.null s, S.null S.empty, S.empty)
  print (S.index s 1, S.index h 4)
  print (S.toShort (C.pack "from bytes"), S.fromShort h, S.fromShort (S.toShort (B.drop 2 (C.pack "abcdef"))))
  print (h == "hello", h == "hellO", compare h "help", compare "ab" ("abc" :: S.ShortByteString), sort ["b", "a", "ab", "" :: S.ShortByteString])
  print (h <> " " <> "world", mconcat ["a", "b", "c" :: S.ShortByteString], mempty :: S.ShortByteString)
  print (read "\"r\\233ad\"" :: S.ShortByteString, reads "\"x\" rest" :: [(S.ShortByteString, String)])
  print (fromList [1, 2, 3] :: S.ShortByteString, toList h)
  print (showsPrec 11 h "", show [h, "x"])
  r <- try (evaluate (S.index h 7))
  print (either (\e -> "error: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r)
  r2 <- try (evaluate (S.index h (-1)))
  print (either (\e -> "error: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r2)
  print (rnf h, h `deepseq` "forced", force (S.pack [1, 2]))
  print (rnf (C.pack "abc"), rnf (BL.fromChunks [C.pack "a", C.pack "b"]), rnf (T.pack "t"), rnf (TL.fromChunks [T.pack "x", T.pack "y"]))
  r3 <- try (evaluate (rnf (BL.fromChunks [C.pack "a"] <> BL.fromChunks [undefined])))
  print (either (\e -> "undefined: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r3)
  r4 <- try (evaluate (rnf (TL.fromChunks [T.pack "a"] <> TL.fromChunks [undefined])))
  print (either (\e -> "undefined: " ++ takeWhile (/= '\n') (show (e :: ErrorCall))) show r4)
  print (map (S.length . S.toShort . C.pack . show) [1 .. 20 :: Int])
  print (T.pack "abc" `deepseq` (), [C.pack "x"] `deepseq` (), force (Just (T.pack "y")))
