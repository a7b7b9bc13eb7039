-- Data.Text.Lazy.Builder: building a report from pieces (text, strings,
-- characters, numbers via .Int and .RealFloat) and chunk sizes of the
-- result.
{-# LANGUAGE OverloadedStrings #-}
import qualified Data.Text as T
import qualified Data.Text.Lazy as L
import qualified Data.Text.Lazy.IO as LIO
import Data.Text.Lazy.Builder
import Data.Text.Lazy.Builder.Int (decimal, hexadecimal)
import Data.Text.Lazy.Builder.RealFloat (FPFormat (..), formatRealFloat, realFloat)

row :: (T.Text, Int, Double) -> Builder
row (name, n, x) =
  fromText name <> singleton '\t' <> decimal n <> singleton '\t' <> hexadecimal n
    <> singleton '\t' <> formatRealFloat Fixed (Just 2) x <> singleton '\t' <> realFloat x <> "\n"

main :: IO ()
main = do
  let items = [(T.pack ("item" ++ show i), i * 37, fromIntegral i / 8) | i <- [1 .. 40 :: Int]]
      report = toLazyText (fromString "name\tn\thex\tfixed\tshow\n" <> mconcat (map row items))
  LIO.putStr (L.unlines (take 5 (L.lines report)))
  print (L.length report, map T.length (L.toChunks report))
  let b = fromText (T.replicate 60 "ab") <> flush <> fromLazyText (L.pack "lazy \x1F600") <> singleton '\xD800'
  print (toLazyText b, map T.length (L.toChunks (toLazyText b)), map T.length (L.toChunks (toLazyTextWith 16 b)))
  print (b == b, compare b "x", show (fromString "sh\"ow"), decimal (-12345 :: Integer), decimal (2 ^ 64 :: Integer))
  print [formatRealFloat f d (1234.5678 :: Double) | f <- [Exponent, Fixed, Generic], d <- [Nothing, Just 0, Just 3]]
  print (realFloat (1 / 0 :: Double), realFloat (1.0e-4 :: Double), realFloat (0.1 :: Float))
