{-# LANGUAGE ForeignFunctionInterface #-}
import Foreign.C.Types
foreign import ccall unsafe "math.h sin" c_sin :: CDouble -> CDouble
foreign import ccall "math.h pow" c_pow :: CDouble -> CDouble -> CDouble
foreign import ccall unsafe "math.h expf" c_expf :: CFloat -> CFloat
foreign import ccall unsafe "math.h sqrt" c_sqrtIO :: Double -> IO Double
foreign import ccall unsafe "fabs" c_fabs :: Double -> Double
main :: IO ()
main = do
  print (c_sin 1.0, c_pow 2 0.5, c_expf 1.5, c_fabs (-2.5))
  print (map (realToFrac . c_sin . realToFrac) [0, 0.5 .. 3 :: Double] :: [Double])
  c_sqrtIO 2 >>= print
