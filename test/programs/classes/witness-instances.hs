-- The instances of the equality witnesses :~:, :~~: and Coercion: Enum (toEnum's
-- error, the class defaults), Bounded, Read, Show, Ord, TestEquality, apply/inner/outer.
{-# LANGUAGE TypeOperators, GADTs #-}
import Data.Type.Equality
import Data.Type.Coercion
import Control.Exception
try' :: Show a => a -> IO ()
try' a = (evaluate a >>= print) `catch` (\e -> putStrLn ("err: " ++ show (e :: ErrorCall)))
main :: IO ()
main = do
  let c = Coercion :: Coercion Int Int
  mapM_ try' [succ c, pred c, toEnum 1, toEnum 0]
  try' (fromEnum c)
  print (take 3 [c, c ..], take 1 [c ..], [c .. c], take 2 [c, c .. c])
  try' (length (take 5 [c ..]))
  let r = Refl :: Int :~: Int
  print (reads "  Refl rest" :: [(Int :~: Int, String)], reads "(Refl)" :: [(Int :~: Int, String)], reads "Coercion" :: [(Coercion Int Int, String)])
  print (showsPrec 11 r "", showsPrec 11 c "")
  print (apply (Refl :: Maybe :~: Maybe) r, inner (Refl :: Maybe Int :~: Maybe Int), outer (Refl :: Maybe Int :~: Maybe Int))
  print (r == Refl, r /= Refl, r <= r, max r r, [minBound .. maxBound :: Int :~~: Int])
  print (HRefl :: Int :~~: Int, read "HRefl" :: Int :~~: Int, testEquality (HRefl :: Int :~~: Int) HRefl)
  print (take 2 [r, r ..], [r .. r])
