{-# LANGUAGE ScopedTypeVariables #-}
import Data.Void
import Data.Proxy
import Data.Coerce
import Data.Monoid

newtype Age = Age Int deriving Show

f :: Either Void Int -> Int
f (Left v) = absurd v
f (Right n) = n

main :: IO ()
main = do
  print (f (Right 3))
  print (fmap absurd ([] :: [Void]) :: [Int])
  print (vacuous (Nothing :: Maybe Void) :: Maybe Int)
  print (either absurd id (Right 'x' :: Either Void Char))
  print ([] :: [Void])
  print (Proxy :: Proxy Int)
  print (Proxy == (Proxy :: Proxy Char), compare Proxy (Proxy :: Proxy ()))
  print (asProxyTypeOf 5 (Proxy :: Proxy Double))
  print (fmap (+1) (Proxy :: Proxy Int), pure 'x' :: Proxy Char)
  print ((Proxy :: Proxy (Int -> Int)) <*> Proxy, Proxy >>= \x -> Proxy :: Proxy Int)
  print (mempty :: Proxy Int, Proxy <> (Proxy :: Proxy Bool))
  print (length (Proxy :: Proxy Int), null (Proxy :: Proxy Int), sum (Proxy :: Proxy Int))
  print (traverse (\x -> Just x) (Proxy :: Proxy Int))
  print ([minBound .. maxBound :: Proxy Int], succ' (Proxy :: Proxy Int))
  print (showsPrec 11 (Proxy :: Proxy Int) "")
  print (coerce (Age 3) :: Int)
  print (coerce [1, 2, 3 :: Int] :: [Age])
  print (coerce (Sum (3 :: Int)) :: Product Int)
  print (getSum (coerce (5 :: Int) :: Sum Int))
  print ((coerce :: (Int -> Int) -> (Age -> Age)) (+1) (Age 9))
  print (fromEnum (Proxy :: Proxy ()), toEnum 0 :: Proxy Char)
  print (toEnum 1 :: Proxy Char)
  where succ' p = [p]
