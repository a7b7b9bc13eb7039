{-# LANGUAGE FlexibleContexts, TypeOperators #-}
import GHC.Generics

-- count the constructor index and the fields of base types through Generic
class GShape f where
  gshape :: f p -> String
instance GShape U1 where gshape _ = "U"
instance GShape (K1 i c) where gshape _ = "K"
instance (GShape f, GShape g) => GShape (f :+: g) where
  gshape (L1 x) = "L(" ++ gshape x ++ ")"
  gshape (R1 x) = "R(" ++ gshape x ++ ")"
instance (GShape f, GShape g) => GShape (f :*: g) where
  gshape (a :*: b) = gshape a ++ "*" ++ gshape b
instance GShape f => GShape (M1 i c f) where gshape (M1 x) = gshape x

shape :: (Generic a, GShape (Rep a)) => a -> String
shape = gshape . from

main :: IO ()
main = do
  print (map shape [Nothing, Just 'x'])
  print (map shape [[], "ab"])
  print (map shape [Left 1, Right 'c' :: Either Int Char])
  print (map shape [False, True], map shape [LT, EQ, GT], shape ())
  print (shape (1 :: Int, 'c'), shape ('a', 'b', 'c'))
  print (to (from (Just 'q')) :: Maybe Char, to (from "hey") :: String, to (from (Right 3 :: Either () Int)) :: Either () Int)
  print (to (from GT) :: Ordering, to (from True) :: Bool, to (from (1 :: Int, "p")) :: (Int, String), to (from ('a', 2 :: Int, "t")) :: (Char, Int, String))
  print (U1 == (U1 :: U1 ()), compare (U1 :: U1 ()) U1, Par1 'a' < Par1 'b', K1 2 == (K1 2 :: K1 R Int ()))
  print (L1 (Par1 1) < (R1 (Par1 0) :: (Par1 :+: Par1) Int), (Par1 'y' :*: Par1 'x') == (Par1 'y' :*: Par1 'x'))
  print (compare (Par1 'y' :*: Par1 'x') (Par1 'y' :*: Par1 'a'), L1 (Par1 'z') == (R1 (Par1 'z') :: (Par1 :+: Par1) Char))
  print (Par1 (+1) <*> Par1 (1 :: Int), pure 'p' :: Par1 Char, Par1 3 >>= \x -> Par1 (x * 2 :: Int))
  print ((pure 'u' :: U1 Char), (U1 :: U1 Int) >>= \_ -> (U1 :: U1 Bool))
